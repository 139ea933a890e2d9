package org.yibao.settlement.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.QrImages;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.FlashOutcome;
import org.yibao.common.web.Messages;
import org.yibao.settlement.Consumptions;
import org.yibao.settlement.selfpay.CashOrder;
import org.yibao.settlement.selfpay.CashOrders;

/**
 * 自费支付 (医保码 → 去使用自费支付): the citizen's orders, 待支付 first; one order with its institution, visit and
 * items; 立即支付 through the payment channel, once per form (the form's request key makes a repeated click the
 * same payment). A provider's channel (微信支付) answers a code the page shows until its notification marks the order
 * paid.
 */
@Controller
class SelfPayPages {

    private final CashOrders orders;
    private final Consumptions consumptions;
    private final CurrentCitizen citizen;
    private final Messages messages;

    SelfPayPages(CashOrders orders, Consumptions consumptions, CurrentCitizen citizen, Messages messages) {
        this.orders = orders;
        this.consumptions = consumptions;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping("/voucher/selfpay")
    String list(Model model) {
        if (citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        List<CashOrder> all = orders.ofPerson(citizen.personId().orElseThrow());
        model.addAttribute("waiting", all.stream().filter(CashOrder::payable).toList());
        model.addAttribute("closed", all.stream().filter(o -> !o.payable()).toList());
        return "settlement/selfpay";
    }

    @GetMapping("/voucher/selfpay/{orderNo}")
    String one(@PathVariable String orderNo, Model model) {
        if (citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        CashOrder order = mine(orderNo);
        model.addAttribute("order", order);
        model.addAttribute("detail", consumptions.detail(order.setlId()).orElseThrow());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        if (order.awaitingProvider()) {
            model.addAttribute("paymentCode", QrImages.pngDataUri(String.valueOf(order.paymentUrl())));
        }
        return "settlement/selfpay-order";
    }

    @PostMapping("/voucher/selfpay/{orderNo}/pay")
    String pay(@PathVariable String orderNo, @RequestParam(defaultValue = "") String idempotencyKey,
               RedirectAttributes flash) {
        long me = citizen.personId().orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED"));
        CashOrder[] started = new CashOrder[1];
        FlashOutcome.run(flash, messages, "selfpay.paid", () -> started[0] = orders.pay(me, orderNo, idempotencyKey));
        if (started[0] != null && started[0].awaitingProvider()) {
            flash.addFlashAttribute("flash", messages.text("selfpay.awaiting"));
        }
        return "redirect:/voucher/selfpay/" + orderNo;
    }

    private CashOrder mine(String orderNo) {
        return orders.find(citizen.personId().orElseThrow(), orderNo)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SELFPAY_NOT_FOUND"));
    }
}
