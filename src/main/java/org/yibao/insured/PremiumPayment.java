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
 * medical-assistance share, the fiscal subsidy, the channel and where it stands. A paid one has a receipt number;
 * one paid from a relative's employee personal account names that payer.
 */
public record PremiumPayment(long id, long payerAccount, long personId, String personName, IdNumber idNumber,
                             String regionCode, int year, ResidentCategory category, Money amount, Money subsidy,
                             PaymentChannel channel, PaymentStatus status, @Nullable String channelReference,
                             @Nullable String receiptNumber, OffsetDateTime createdAt,
                             @Nullable OffsetDateTime completedAt, @Nullable Long payerPerson,
                             @Nullable String payerName, @Nullable String payerIdNumber) {

    /** 缴费账户 of a 个人共济账户 payment: whose employee personal account paid, masked; null for other channels. */
    public @Nullable String payerAccountLabel() {
        return payerName == null || payerIdNumber == null ? null
                : Masking.name(payerName) + "（" + new IdNumber(payerIdNumber).masked() + "）职工医保个人账户";
    }

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
