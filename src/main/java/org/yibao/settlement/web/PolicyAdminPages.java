package org.yibao.settlement.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.settlement.policy.ParameterChange;
import org.yibao.settlement.policy.PolicyParameters;
import org.yibao.settlement.policy.PolicyRule;

/**
 * The administrator's policy parameters: list by region, year and visit type, edit one row with a required reason,
 * see its history. Clerks work in one region's cases and never change money rules, so they are refused.
 */
@Controller
@RequestMapping("/staff/admin/policy")
class PolicyAdminPages {

    static final List<String> MED_TYPES = org.yibao.settlement.MedType.codes();

    private final PolicyParameters parameters;
    private final org.yibao.settlement.policy.LayerParameters layers;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;
    private final Clock clock;

    PolicyAdminPages(PolicyParameters parameters, PoolingRegions regions, CurrentStaff staff, Messages messages,
                     Clock clock, org.yibao.settlement.policy.LayerParameters layers) {
        this.parameters = parameters;
        this.layers = layers;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every request here is the administrator's, or refused before anything is read. */
    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("POLICY_ADMIN_ONLY");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "0") int year,
                @RequestParam(defaultValue = "") String medType, Model model) {
        String chosenRegion = regions.find(region).map(r -> region).orElse(regions.all().get(0).code());
        int chosenYear = year == 0 ? BusinessTime.today(clock).getYear() : year;
        String chosenType = MED_TYPES.contains(medType) ? medType : null;
        model.addAttribute("region", chosenRegion);
        model.addAttribute("year", chosenYear);
        model.addAttribute("medType", chosenType == null ? "" : chosenType);
        model.addAttribute("regions", regions.all());
        model.addAttribute("medTypes", MED_TYPES);
        model.addAttribute("rules", parameters.list(chosenRegion, chosenYear, chosenType));
        model.addAttribute("layers", layers.list(chosenRegion, chosenYear));
        return "settlement/policy-list";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PolicyRule rule = rule(id);
        model.addAttribute("form", PolicyForm.of(rule));
        return show(rule, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") PolicyForm form, Model model, RedirectAttributes flash) {
        PolicyRule rule = rule(id);
        try {
            parameters.change(id, form.getVersion(), form.change(), staff.login());
            flash.addFlashAttribute("notice", messages.text("policy.notice.saved"));
            return "redirect:/staff/admin/policy/" + id;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return show(rule, model);
        }
    }

    private String show(PolicyRule rule, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("regionName", regions.find(rule.regionCode()).map(r -> r.name()).orElse(rule.regionCode()));
        model.addAttribute("history", parameters.history(rule.id()));
        model.asMap().putIfAbsent("errors", Map.of());
        return "settlement/policy-edit";
    }

    private PolicyRule rule(long id) {
        return parameters.find(id).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "POLICY_NOT_FOUND"));
    }
}
