package org.yibao.catalog.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.InstitutionFilter;
import org.yibao.catalog.InstitutionKind;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Messages;

/** 定点医药机构查询 (seed 000 查询服务), open to everyone: filters in the query string, so results can be shared. */
@Controller
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class InstitutionPages {

    private final Institutions institutions;
    private final PoolingRegions regions;
    private final Messages messages;

    InstitutionPages(Institutions institutions, PoolingRegions regions, Messages messages) {
        this.institutions = institutions;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/query/institutions")
    String search(@RequestParam(required = false) @Nullable String region,
                  @RequestParam(required = false) @Nullable String kind,
                  @RequestParam(required = false) @Nullable String level,
                  @RequestParam(required = false) @Nullable String name,
                  @RequestParam(required = false) @Nullable String page, Model model) {
        InstitutionFilter filter = new InstitutionFilter(region, kind, level, name, page);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", regions.all());
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("levels", List.of("3", "2", "1"));
        try {
            model.addAttribute("result", institutions.search(filter));
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return "catalog/institutions";
    }
}
