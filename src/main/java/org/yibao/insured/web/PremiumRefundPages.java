package org.yibao.insured.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.insured.PremiumPayment;
import org.yibao.insured.PremiumRefunds;

/**
 * 共济缴费退费 in the back office: a clerk finds a payment of their own region by its receipt number and reverses
 * it; the payer's personal account gets the amount back at once. Another region's payment is not found.
 */
@Controller
@RequestMapping("/staff/premium-refunds")
class PremiumRefundPages {

    private final PremiumRefunds refunds;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    PremiumRefundPages(PremiumRefunds refunds, PoolingRegions regions, CurrentStaff staff, Messages messages) {
        this.refunds = refunds;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String find(@RequestParam(required = false) @Nullable String receipt, Model model) {
        model.addAttribute("receipt", receipt == null ? "" : receipt.strip());
        model.addAttribute("regions", regions.byCode());
        if (receipt != null && !receipt.isBlank()) {
            refunds.byReceipt(receipt).filter(p -> staff.mayWorkIn(p.regionCode())).ifPresentOrElse(
                    p -> model.addAttribute("payment", p),
                    () -> model.addAttribute("notice", messages.text("error.PREMIUM_RECEIPT_UNKNOWN")));
        }
        return "insured/staff-premium-refunds";
    }

    @PostMapping("/{id}")
    String refund(@PathVariable long id, @RequestParam(required = false) @Nullable String receipt,
                  @RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
        String number = receipt == null ? "" : receipt.strip();
        try {
            PremiumPayment p = refunds.byReceipt(number).filter(found -> found.id() == id)
                    .filter(found -> staff.mayWorkIn(found.regionCode()))
                    .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "PREMIUM_RECEIPT_UNKNOWN"));
            PremiumPayment refunded = refunds.reverse(p.id(), "staff:" + staff.login(), reason);
            flash.addFlashAttribute("notice", messages.text("premium.refund.done", refunded.amount().toString()));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        flash.addAttribute("receipt", number);
        return "redirect:/staff/premium-refunds";
    }
}
