package org.yibao.insured;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;
import org.yibao.common.Money;

/**
 * One resident premium payment (城乡居民缴费): for whom, which year, what the payer pays after the category's
 * medical-assistance share, the fiscal subsidy, the channel and where it stands. A paid one has a receipt number.
 */
public record PremiumPayment(long id, long payerAccount, long personId, String personName, IdNumber idNumber,
                             String regionCode, int year, ResidentCategory category, Money amount, Money subsidy,
                             PaymentChannel channel, PaymentStatus status, @Nullable String channelReference,
                             @Nullable String receiptNumber, OffsetDateTime createdAt,
                             @Nullable OffsetDateTime completedAt) {

    public String maskedName() {
        return Masking.name(personName);
    }

    public boolean isPaid() {
        return status == PaymentStatus.PAID;
    }

    /** When the payment was started, Beijing time (for people). */
    public LocalDateTime createdLocal() {
        return createdAt.atZoneSameInstant(BusinessTime.ZONE).toLocalDateTime();
    }

    /** When the channel reported, Beijing time; null while pending. */
    public @Nullable LocalDateTime completedLocal() {
        return completedAt == null ? null : completedAt.atZoneSameInstant(BusinessTime.ZONE).toLocalDateTime();
    }

    /** The reference the channel sees for this payment. */
    public String orderNumber() {
        return "PP" + String.format("%010d", id);
    }

    @Override
    public String toString() {
        return "PremiumPayment[" + id + ", " + idNumber.masked() + ", " + year + ", " + status + "]";
    }
}
