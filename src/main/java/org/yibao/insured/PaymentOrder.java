package org.yibao.insured;

import org.yibao.common.IdNumber;
import org.yibao.common.Money;

/**
 * What Yibao asks the tax system to collect: one resident's premium for one year. {@code orderNumber} is Yibao's
 * reference the channel echoes back; {@code paymentId} is what the channel reports the outcome for.
 */
public record PaymentOrder(long paymentId, String orderNumber, IdNumber idNumber, String name, String regionCode,
                           int year, Money amount) {

    @Override
    public String toString() {
        return "PaymentOrder[" + orderNumber + ", " + idNumber.masked() + ", " + year + ", " + amount + "]";
    }
}
