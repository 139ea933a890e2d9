package org.yibao.identity.web;

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
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.identity.StaffAccounts;
import org.yibao.identity.StaffRole;

/**
 * 人员管理: the administrator lists staff users, creates clerks, administrators and cashiers, disables and enables
 * them and resets passwords. Clerks are refused before anything is read.
 */
@Controller
@RequestMapping("/staff/admin/staff")
class StaffAdminPages {

    private final StaffAccounts accounts;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    StaffAdminPages(StaffAccounts accounts, PoolingRegions regions, CurrentStaff staff, Messages messages) {
        this.accounts = accounts;
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
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffAccounts.NewStaff("", "", "CLERK", "", "", ""));
        }
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") StaffAccounts.NewStaff form, Model model, RedirectAttributes flash) {
        try {
            accounts.create(staff.login(), form);
            flash.addFlashAttribute("flash", messages.text("office.staff.created", form.login().strip()));
            return "redirect:/staff/admin/staff";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("form", new StaffAccounts.NewStaff(form.login(), form.displayName(), form.role(),
                    form.regionCode(), form.institutionCode(), ""));
            return page(model);
        }
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled,
                   RedirectAttributes flash) {
        try {
            accounts.setEnabled(staff.login(), id, enabled);
            flash.addFlashAttribute("flash", messages.text(enabled ? "office.staff.enabledDone" : "office.staff.disabledDone"));
        } catch (BusinessException e) {
            flash(flash, e);
        }
        return "redirect:/staff/admin/staff";
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable long id, @RequestParam(defaultValue = "") String password, RedirectAttributes flash) {
        try {
            accounts.resetPassword(staff.login(), id, password);
            flash.addFlashAttribute("flash", messages.text("office.staff.passwordDone"));
        } catch (BusinessException e) {
            flash(flash, e);
        }
        return "redirect:/staff/admin/staff";
    }

    private void flash(RedirectAttributes flash, BusinessException e) {
        flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
        flash.addFlashAttribute("flashError", true);
    }

    private String page(Model model) {
        model.addAttribute("staffList", accounts.all());
        model.addAttribute("regions", regions.all());
        model.addAttribute("regionsByCode", regions.byCode());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("me", staff.login());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "staff/admin-staff";
    }
}
