package org.yibao.service.transfer.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.transfer.TransferApplying;
import org.yibao.service.transfer.TransferForm;
import org.yibao.service.transfer.TransferRefunds;

/**
 * A 清退 the bank refused: the applicant corrects the bank account on their own page; the old region's clerk sees
 * the refunds not yet paid (待拨付 and 拨付失败 with the bank's reason) and sends one again (重新拨付, confirmed on
 * the page first).
 */
@Controller
class TransferRefundPages {

    private final TransferRefunds refunds;
    private final CurrentCitizen citizen;
    private final CurrentStaff staff;
    private final Messages messages;

    TransferRefundPages(TransferRefunds refunds, CurrentCitizen citizen, CurrentStaff staff, Messages messages) {
        this.refunds = refunds;
        this.citizen = citizen;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/services/transfer/applications/{id:\\d+}/bank")
    String bankForm(@PathVariable long id, Model model) {
        return form(id, model, new TransferForm(null, null, null), null);
    }

    @PostMapping("/services/transfer/applications/{id:\\d+}/bank")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") String bankCategory,
                   @RequestParam(defaultValue = "") String bankName, @RequestParam(defaultValue = "") String bankAccount,
                   @RequestParam(defaultValue = "") String bankAccountName, Model model, RedirectAttributes flash) {
        TransferForm form = new TransferForm(null, null, null, bankCategory, bankName, bankAccount, bankAccountName);
        try {
            refunds.correct(citizen.accountId(), citizen.personId().orElse(null), id, form);
            flash.addFlashAttribute("flash", messages.text("transfer.refund.corrected"));
            return "redirect:/applications/" + id;
        } catch (BusinessException e) {
            if (e.problem() == org.yibao.common.Problem.NOT_FOUND) {
                throw e;
            }
            return form(id, model, form, messages.byField(e));
        }
    }

    private String form(long id, Model model, TransferForm form, java.util.@Nullable Map<String, String> errors) {
        model.addAttribute("refund", refunds.forCitizen(citizen.accountId(), citizen.personId().orElse(null), id)
                .orElseThrow(() -> new BusinessException(org.yibao.common.Problem.NOT_FOUND, "SERVICE_NOT_FOUND")));
        model.addAttribute("applicationId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bankCategories", TransferApplying.BANK_CATEGORIES);
        return "service/transfer/bank";
    }

    @GetMapping("/staff/transfer/refunds")
    String unpaid(Model model) {
        staff.login();
        model.addAttribute("cases", refunds.unpaid(staff.regionCode().orElse(null)));
        model.addAttribute("staffRegion", staff.regionCode().orElse(null));
        return "service/transfer/refunds";
    }

    @PostMapping("/staff/transfer/{id:\\d+}/refund/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) @Nullable String confirmed, Model model,
                 RedirectAttributes flash) {
        String login = staff.login();
        if (!Confirmation.given(confirmed)) {
            return new Confirmation(messages.text("transfer.refund.retry.title"),
                    messages.text("transfer.refund.retry.consequence", id), "/staff/transfer/" + id + "/refund/retry",
                    messages.text("transfer.refund.retry.button"), "/staff/transfer/refunds").show(model);
        }
        try {
            var after = refunds.retry(login, staff.regionCode().orElse(null), id);
            flash.addFlashAttribute("flash", messages.text("transfer.refund.retried",
                    messages.text("transfer.refund." + after.status())));
        } catch (BusinessException e) {
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
        return "redirect:/staff/transfer/refunds";
    }
}
