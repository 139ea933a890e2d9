package org.yibao.service.office;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.ApplicationType;
import org.yibao.service.AutoApprovalRules;

/**
 * 自动审核规则: the administrator decides per pooling region, application type and variant whether submissions
 * that pass their type's checks are approved at once. Clerks are refused before anything is read.
 */
@Controller
@RequestMapping("/staff/admin/rules")
class AutoRulePages {

    /**
     * The variants a rule may name: every variant, or for 异地就医备案 one of its two kinds, for 转移接续 one of its
     * three applications; none for the claims (零星报销, 生育津贴), which a clerk always reviews.
     */
    static final Map<ApplicationType, List<String>> VARIANTS = Map.of(
            ApplicationType.CHRONIC_DISEASE, List.of(AutoApprovalRules.ANY),
            ApplicationType.REMOTE_CARE, List.of(AutoApprovalRules.ANY, "LONG_TERM", "TEMPORARY"),
            ApplicationType.TRANSFER, List.of(AutoApprovalRules.ANY, "INTRA", "CROSS_OUT", "CROSS_IN"),
            ApplicationType.REIMBURSEMENT, List.of(),
            ApplicationType.MATERNITY_ALLOWANCE, List.of());

    private final AutoApprovalRules rules;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    AutoRulePages(AutoApprovalRules rules, PoolingRegions regions, CurrentStaff staff, Messages messages) {
        this.rules = rules;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("OFFICE_ADMIN_ONLY");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("regions", regions.all());
        model.addAttribute("regionsByCode", regions.byCode());
        model.addAttribute("types", java.util.Arrays.stream(ApplicationType.values())
                .filter(t -> !VARIANTS.getOrDefault(t, List.of()).isEmpty()).toList());
        model.addAttribute("variants", List.of(AutoApprovalRules.ANY, "LONG_TERM", "TEMPORARY"));
        return "service/office/rules";
    }

    @PostMapping
    String set(@RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String type,
               @RequestParam(defaultValue = "") String variant, @RequestParam(defaultValue = "false") boolean autoApprove,
               RedirectAttributes flash) {
        try {
            ApplicationType t = type(type);
            if (!VARIANTS.getOrDefault(t, List.of()).contains(variant)) {
                throw BusinessException.invalid("variant", "OFFICE_RULE_VARIANT");
            }
            rules.set(staff.login(), regionCode, t, variant, autoApprove);
            flash.addFlashAttribute("flash", messages.text("office.rules.saved"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
        return "redirect:/staff/admin/rules";
    }

    @PostMapping("/remove")
    String remove(@RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String type,
                  @RequestParam(defaultValue = "") String variant, RedirectAttributes flash) {
        try {
            rules.remove(staff.login(), regionCode, type(type), variant);
            flash.addFlashAttribute("flash", messages.text("office.rules.removed"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
        return "redirect:/staff/admin/rules";
    }

    private static ApplicationType type(String type) {
        return ApplicationType.parse(type).orElseThrow(() -> BusinessException.invalid("type", "OFFICE_TYPE_UNKNOWN"));
    }
}
