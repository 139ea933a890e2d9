package org.yibao.settlement.web;

import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.settlement.selfpay.CashRefunds;

/**
 * 待退款 in the back office: the refunds Yibao owes through a payment provider that are not done yet, with their
 * state, attempts and the provider's last answer; a failed one can be sent again (重新退款) under the same number.
 */
@Controller
@RequestMapping("/staff/selfpay-refunds")
class CashRefundPages {

    private static final Pattern REFUND_NO = Pattern.compile("TK[A-Za-z0-9]{1,38}");

    private final CashRefunds refunds;
    private final CurrentStaff staff;
    private final Messages messages;

    CashRefundPages(CashRefunds refunds, CurrentStaff staff, Messages messages) {
        this.refunds = refunds;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("refunds", refunds.open());
        return "settlement/staff-selfpay-refunds";
    }

    @PostMapping("/{refundNo}/retry")
    String retry(@PathVariable String refundNo, RedirectAttributes flash) {
        try {
            if (!REFUND_NO.matcher(refundNo).matches()) {
                throw new BusinessException(Problem.CONFLICT, "SELFPAY_REFUND_NOT_FAILED");
            }
            CashRefunds.State state = refunds.retry(refundNo, "staff:" + staff.login());
            flash.addFlashAttribute("notice", messages.text("selfpay.refunds.retried", refundNo,
                    messages.text("selfpay.refunds.state." + state.name())));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        return "redirect:/staff/selfpay-refunds";
    }
}
