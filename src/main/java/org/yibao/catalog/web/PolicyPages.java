package org.yibao.catalog.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.yibao.catalog.PolicyArticle;
import org.yibao.catalog.PolicyArticles;
import org.yibao.catalog.PolicyFilter;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Messages;

/** 政策咨询: search by keyword and region, read one document. */
@Controller
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class PolicyPages {

    private final PolicyArticles policies;
    private final PoolingRegions regions;
    private final Messages messages;

    PolicyPages(PolicyArticles policies, PoolingRegions regions, Messages messages) {
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/query/policies")
    String search(@RequestParam(required = false) @Nullable String q,
                  @RequestParam(required = false) @Nullable String region,
                  @RequestParam(required = false) @Nullable String page, Model model) {
        PolicyFilter filter = new PolicyFilter(q, region, page);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", regions.all());
        try {
            model.addAttribute("result", policies.search(filter));
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return "catalog/policies";
    }

    @GetMapping("/query/policies/{id}")
    String read(@PathVariable String id, Model model) {
        model.addAttribute("policy", find(id));
        return "catalog/policy";
    }

    /** A mistyped or unknown id is the ordinary 页面不存在 page, not an error. */
    private PolicyArticle find(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return policies.find(Long.parseLong(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
