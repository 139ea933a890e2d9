package org.yibao.service.payment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.FlashOutcome;
import org.yibao.common.web.Messages;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.payment.PaymentOrders;
import org.yibao.service.reimbursement.ReimbursementApplying;

/**
 * The back office's part of 零星报销 and 生育津贴 on the application page: the clerk enters the fee items from the
 * invoices (one per line: 目录编码 数量 单价), which are computed at once and shown with the content; after
 * approval, 拨付 sends the payment order to the bank.
 */
@Controller
@RequestMapping("/staff/applications")
class ClaimOfficePages {

    static final int MAX_TEXT = 10_000;

    private final ReimbursementApplying reimbursements;
    private final Applications applications;
    private final ApplicationQueries queries;
    private final PaymentOrders payments;
    private final CurrentStaff staff;
    private final Messages messages;

    ClaimOfficePages(ReimbursementApplying reimbursements, Applications applications, ApplicationQueries queries,
                     PaymentOrders payments, CurrentStaff staff, Messages messages) {
        this.applications = applications;
        this.queries = queries;
        this.reimbursements = reimbursements;
        this.payments = payments;
        this.staff = staff;
        this.messages = messages;
    }

    @PostMapping("/{id:\\d+}/fee-items")
    String assess(@PathVariable long id, @RequestParam(defaultValue = "") String items, RedirectAttributes flash) {
        FlashOutcome.run(flash, messages, "claim.office.assessed",
                () -> reimbursements.assess(actor(), id, parse(items)));
        return "redirect:/staff/applications/" + id;
    }

    /** 拨付: paid by the bank at once, or (batch mode) 已提交银行 for the next 代发文件. */
    @PostMapping("/{id:\\d+}/payment")
    String pay(@PathVariable long id, RedirectAttributes flash) {
        boolean[] queued = {false};
        FlashOutcome.run(flash, messages, "claim.office.sent", () -> {
            PaymentOrders.Order order = payments.send(actor(), id);
            queued[0] = order.status() == PaymentOrders.Status.QUEUED;
            if (order.status() != PaymentOrders.Status.PAID && !queued[0]) {
                throw BusinessException.invalid("payment", "CLAIM_PAYMENT_REFUSED", order.failureReason());
            }
        });
        if (queued[0]) {
            flash.addFlashAttribute("flash", messages.text("claim.office.queued"));
        }
        return "redirect:/staff/applications/" + id;
    }

    /**
     * 撤销 an approved claim or allowance not yet paid (asked once on the page): the order is cancelled and a
     * claim's settlement reversed, so the year's accumulators are as before it.
     */
    @PostMapping("/{id:\\d+}/cancel-claim")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reasonText,
                  @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed,
                  Model model, RedirectAttributes flash) {
        if (!Confirmation.given(confirmed)) {
            return new Confirmation(messages.text("claim.office.cancel.title"),
                    messages.text("claim.office.cancel.text", reasonText),
                    "/staff/applications/" + id + "/cancel-claim?reasonText="
                            + java.net.URLEncoder.encode(reasonText, java.nio.charset.StandardCharsets.UTF_8),
                    messages.text("claim.office.cancel.button"), "/staff/applications/" + id).show(model);
        }
        FlashOutcome.run(flash, messages, "claim.office.cancelled", () -> {
            if (queries.find(id).map(a -> a.type() == ApplicationType.REIMBURSEMENT).orElse(false)) {
                reimbursements.cancelApproved(actor(), id, reasonText);
            } else {
                if (reasonText.isBlank() || reasonText.length() > 300) {
                    throw BusinessException.invalid("reasonText", "SERVICE_REASON_TEXT_REQUIRED");
                }
                applications.revokeByStaff(actor(), id, "OTHER", reasonText.strip());
            }
        });
        return "redirect:/staff/applications/" + id;
    }

    private Applications.StaffActor actor() {
        return new Applications.StaffActor(staff.login(), staff.regionCode().orElse(null));
    }

    /** One item per line: code, quantity and unit price separated by blanks; anything else is refused. */
    static List<ClaimCalculator.Item> parse(String text) {
        if (text.length() > MAX_TEXT) {
            throw BusinessException.invalid("items", "CLAIM_ITEM_INVALID");
        }
        List<ClaimCalculator.Item> items = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[\\s,，]+");
            if (parts.length != 3 || !parts[1].matches("\\d{1,5}(\\.\\d{1,3})?")
                    || !parts[2].matches("\\d{1,7}(\\.\\d{1,2})?")) {
                throw BusinessException.invalid("items", "CLAIM_ITEM_INVALID");
            }
            items.add(new ClaimCalculator.Item(parts[0], new BigDecimal(parts[1]), Money.ofYuan(new BigDecimal(parts[2]))));
        }
        return items;
    }
}
