package org.yibao.catalog.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.ItemCategory;
import org.yibao.catalog.ItemFilter;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Messages;

/** 药品采购查询 and 耗材采购查询: the 医保目录's class, procurement price and price cap, by name or code. */
@Controller
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class ProcurementPages {

    private final MedicalCatalog catalog;
    private final Messages messages;

    ProcurementPages(MedicalCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/query/drugs")
    String drugs(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page,
                 Model model) {
        return search(ItemCategory.DRUG, "drugs", q, page, model);
    }

    @GetMapping("/query/consumables")
    String consumables(@RequestParam(required = false) @Nullable String q,
                       @RequestParam(required = false) @Nullable String page, Model model) {
        return search(ItemCategory.CONSUMABLE, "consumables", q, page, model);
    }

    private String search(ItemCategory category, String key, @Nullable String q, @Nullable String page, Model model) {
        ItemFilter filter = new ItemFilter(category.name(), q, page);
        model.addAttribute("filter", filter);
        model.addAttribute("key", key);
        model.addAttribute("path", "/query/" + key);
        try {
            model.addAttribute("result", catalog.search(filter));
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return "catalog/items";
    }
}
