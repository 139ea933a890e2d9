package org.yibao.service.transfer.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.transfer.TransferRegions;

/**
 * 转移接续参数: the administrator sets per pooling region whether it accepts personal-account funds on a transfer in
 * (转入地是否接收个人账户资金). A region that does not asks the applicant for a bank account and refunds (清退) the
 * balance there. Clerks are refused before anything is read; every change is audited.
 */
@Controller
@RequestMapping("/staff/admin/transfer")
class TransferAdminPages {

    private final TransferRegions settings;
    private final CurrentStaff staff;
    private final Messages messages;

    TransferAdminPages(TransferRegions settings, CurrentStaff staff, Messages messages) {
        this.settings = settings;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("TRANSFER_ADMIN_ONLY");
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("settings", settings.all());
        model.addAttribute("zone", BusinessTime.ZONE);
        return "service/transfer/admin";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String regionCode,
                @RequestParam(defaultValue = "") String acceptsAccountFunds, RedirectAttributes flash) {
        try {
            if (!acceptsAccountFunds.equals("true") && !acceptsAccountFunds.equals("false")) {
                throw BusinessException.invalid("acceptsAccountFunds", "TRANSFER_ACCOUNT_FUNDS_CHOICE");
            }
            settings.set(staff.login(), regionCode.strip(), Boolean.parseBoolean(acceptsAccountFunds));
            flash.addFlashAttribute("flash", messages.text("transfer.admin.saved"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
        return "redirect:/staff/admin/transfer";
    }
}
