package org.yibao.service.payment;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yibao.service.FormLine;

/** The lines of the bank account and the payment order, as the citizen and the clerk read them. */
public final class ClaimLines {

    private ClaimLines() {
    }

    public static void bank(List<FormLine> lines, @Nullable BankAccount bank) {
        if (bank == null) {
            return;
        }
        lines.add(FormLine.key("claim.field.bankCategory", "claim.bank." + bank.category()));
        lines.add(FormLine.text("claim.field.bankName", bank.bankName()));
        lines.add(FormLine.text("claim.field.accountNumber", bank.maskedNumber()));
        lines.add(FormLine.text("claim.field.accountName", bank.accountName()));
        lines.add(FormLine.key("claim.field.payee", "claim.payee." + bank.payee()));
    }

    public static void payment(List<FormLine> lines, Optional<PaymentOrders.Order> order) {
        order.ifPresent(o -> {
            lines.add(FormLine.text("claim.field.paymentAmount", o.amount().toString()));
            lines.add(FormLine.key("claim.field.paymentStatus", "claim.payment." + o.status().name()));
            if (o.failureReason() != null && o.status() != PaymentOrders.Status.PAID) {
                lines.add(FormLine.text("claim.field.paymentFailure", o.failureReason()));
            }
        });
    }
}
