package org.yibao.insured;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yibao.common.IdNumber;
import org.yibao.common.Money;

/**
 * What Yibao asks the tax system to collect: one resident's premium for one year. {@code orderNumber} is Yibao's
 * reference the channel echoes back (PP and the payment id in ten digits, also a provider's merchant order number);
 * {@code paymentId} is what the channel reports the outcome for; {@code startedAt} when the payer started it.
 */
public record PaymentOrder(long paymentId, String orderNumber, IdNumber idNumber, String name, String regionCode,
                           int year, Money amount, OffsetDateTime startedAt) {

    private static final Pattern NUMBER = Pattern.compile("PP(\\d{10})");

    /** The order of a payment, whatever its state (a refund of a paid one, too). */
    public static PaymentOrder of(PremiumPayment p) {
        return new PaymentOrder(p.id(), p.orderNumber(), p.idNumber(), p.personName(), p.regionCode(), p.year(),
                p.amount(), p.createdAt());
    }

    /** The order number of a payment id. */
    public static String orderNumber(long paymentId) {
        return "PP" + String.format("%010d", paymentId);
    }

    /** The payment id an order number names; empty for any other text (another kind of order, or garbage). */
    public static Optional<Long> paymentId(String orderNumber) {
        Matcher m = NUMBER.matcher(orderNumber);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "PaymentOrder[" + orderNumber + ", " + idNumber.masked() + ", " + year + ", " + amount + "]";
    }
}
