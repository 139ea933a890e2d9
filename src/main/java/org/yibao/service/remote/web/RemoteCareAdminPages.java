package org.yibao.service.remote.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.AdministrativeDivisions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.remote.RemoteCareForms;
import org.yibao.service.remote.RemoteCareSettings;

/**
 * The administrator's 异地就医备案 settings per pooling region (temporary validity, ratio cut without a filing)
 * and the 免备案 destinations per insured province. Clerks work in one region's cases and are refused.
 */
@Controller
@RequestMapping("/staff/admin/remote-care")
class RemoteCareAdminPages {

    private static final String BASE = "/staff/admin/remote-care";

    private final RemoteCareSettings settings;
    private final PoolingRegions regions;
    private final AdministrativeDivisions divisions;
    private final CurrentStaff staff;
    private final Messages messages;

    RemoteCareAdminPages(RemoteCareSettings settings, PoolingRegions regions, AdministrativeDivisions divisions,
                         CurrentStaff staff, Messages messages) {
        this.settings = settings;
        this.regions = regions;
        this.divisions = divisions;
        this.staff = staff;
        this.messages = messages;
    }

    /** Every request here is the administrator's, or refused before anything is read. */
    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("REMOTE_ADMIN_ONLY");
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("settings", settings.all());
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("exemptions", settings.exemptions());
        model.addAttribute("provinces", divisions.provinces());
        model.addAttribute("provinceNames", divisions.provinces().stream().collect(java.util.stream.Collectors.toMap(
                org.yibao.catalog.AdministrativeDivision::code, org.yibao.catalog.AdministrativeDivision::name)));
        model.addAttribute("minMonths", RemoteCareSettings.MIN_TEMPORARY_MONTHS);
        model.addAttribute("maxCut", RemoteCareSettings.MAX_CUT_POINTS);
        return "service/remote/admin";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String regionCode,
                @RequestParam(required = false) @Nullable Integer temporaryMonths,
                @RequestParam(required = false) @Nullable Integer unfiledCutPoints, Model model,
                RedirectAttributes flash) {
        try {
            settings.save(staff.login(), regionCode, temporaryMonths, unfiledCutPoints);
            flash.addFlashAttribute("notice", messages.text("remotecare.admin.saved"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("errorRegion", regionCode);
            return page(model);
        }
    }

    @PostMapping("/exemptions")
    String saveExemption(@RequestParam(defaultValue = "") String insuredProvinceCode,
                         @RequestParam(defaultValue = "") String destinationProvinceCode,
                         @RequestParam(defaultValue = "") String since, Model model, RedirectAttributes flash) {
        LocalDate day = RemoteCareForms.parseDate(since);
        try {
            settings.saveExemption(staff.login(), insuredProvinceCode, destinationProvinceCode, day);
            flash.addFlashAttribute("notice", messages.text("remotecare.admin.saved"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("exemptionErrors", messages.byField(e));
            return page(model);
        }
    }

    @PostMapping("/exemptions/remove")
    String removeExemption(@RequestParam(defaultValue = "") String insuredProvinceCode,
                           @RequestParam(defaultValue = "") String destinationProvinceCode, Model model,
                           RedirectAttributes flash) {
        try {
            settings.removeExemption(staff.login(), insuredProvinceCode, destinationProvinceCode);
            flash.addFlashAttribute("notice", messages.text("remotecare.admin.saved"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("exemptionErrors", messages.byField(e));
            return page(model);
        }
    }
}
