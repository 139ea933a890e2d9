package org.yibao.service.maternity.web;

import java.time.LocalDate;
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
import org.yibao.service.maternity.MaternityParameters;
import org.yibao.service.payment.ClaimInputs;

/**
 * The administrator's 生育津贴 parameters per region: the versions in force from a date on (history kept), and a
 * form that adds a version. Clerks never change money rules, so they are refused.
 */
@Controller
@RequestMapping("/staff/admin/maternity")
class MaternityAdminPages {

    private final MaternityParameters parameters;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    MaternityAdminPages(MaternityParameters parameters, PoolingRegions regions, CurrentStaff staff,
                        Messages messages) {
        this.parameters = parameters;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("POLICY_ADMIN_ONLY");
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "") String region, Model model) {
        String chosen = regions.find(region).map(r -> region).orElse(regions.all().get(0).code());
        model.addAttribute("region", chosen);
        model.addAttribute("regions", regions.all());
        model.addAttribute("history", parameters.history(chosen));
        model.asMap().putIfAbsent("errors", Map.of());
        return "service/maternity/admin";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String validFrom,
                @RequestParam(defaultValue = "-1") int minMonths, @RequestParam(defaultValue = "-1") int baseDays,
                @RequestParam(defaultValue = "-1") int difficultDays,
                @RequestParam(defaultValue = "-1") int extraBabyDays,
                @RequestParam(defaultValue = "-1") int provinceExtraDays,
                @RequestParam(defaultValue = "-1") int earlyMiscarriageDays,
                @RequestParam(defaultValue = "-1") int lateMiscarriageDays,
                @RequestParam(defaultValue = "0") int miscarriageWeeks, @RequestParam(defaultValue = "") String payee,
                @RequestParam(defaultValue = "") String miscarriageTable,
                Model model, RedirectAttributes flash) {
        if (regions.find(region).isEmpty()) {
            throw BusinessException.invalid("region", "REQUIRED");
        }
        LocalDate from = ClaimInputs.parse(validFrom);
        try {
            parameters.save(new MaternityParameters.Rule(region, from, minMonths, baseDays, difficultDays,
                    extraBabyDays, provinceExtraDays, earlyMiscarriageDays, lateMiscarriageDays, miscarriageWeeks,
                    payee, miscarriageTable), staff.login());
            flash.addFlashAttribute("notice", messages.text("allowance.admin.saved"));
            return "redirect:/staff/admin/maternity?region=" + region;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return page(region, model);
        }
    }
}
