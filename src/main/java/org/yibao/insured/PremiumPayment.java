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
 * one paid from a relative's employee personal account names that payer. One the tax channel opened with a payment
 * provider (微信支付, 支付宝) carries the provider's code the citizen pays with until it expires ({@code online}).
 */
public record PremiumPayment(long id, long payerAccount, long personId, String personName, IdNumber idNumber,
                             String regionCode, int year, ResidentCategory category, Money amount, Money subsidy,
                             PaymentChannel channel, PaymentStatus status, @Nullable String channelReference,
                             @Nullable String receiptNumber, OffsetDateTime createdAt,
                             @Nullable OffsetDateTime completedAt, @Nullable Long payerPerson,
                             @Nullable String payerName, @Nullable String payerIdNumber, @Nullable Online online) {

    /** The provider (e.g. WECHAT) that opened the payment, the code it answered and until when it can be paid. */
    public record Online(String provider, String paymentUrl, OffsetDateTime expiresAt) {
    }

    /** Pending with a provider's code the citizen can still pay with at {@code now}. */
    public boolean awaitingCode(OffsetDateTime now) {
        return status == PaymentStatus.PENDING && online != null && online.expiresAt().isAfter(now);
    }

    /** Pending with a provider's code that can no longer be paid: starting again is allowed. */
    public boolean codeExpired(OffsetDateTime now) {
        return status == PaymentStatus.PENDING && online != null && !online.expiresAt().isAfter(now);
    }

    /** When the provider's code expires, Beijing time (for people); null without one. */
    public @Nullable LocalDateTime codeExpiresLocal() {
        return online == null ? null : online.expiresAt().atZoneSameInstant(BusinessTime.ZONE).toLocalDateTime();
    }

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

    /** Paid, and returned by the agency itself: from a personal account, or through the provider that collected it. */
    public boolean refundableByAgency() {
        return isPaid() && (channel == PaymentChannel.MUTUAL_AID || online != null);
    }

    /** When the payment was started, Beijing time (for people). */
    public LocalDateTime createdLocal() {
        return createdAt.atZoneSameInstant(BusinessTime.ZONE).toLocalDateTime();
    }

    /** When the channel reported, Beijing time; null while pending. */
    public @Nullable LocalDateTime completedLocal() {
        return completedAt == null ? null : completedAt.atZoneSameInstant(BusinessTime.ZONE).toLocalDateTime();
    }

    /** The reference the channel sees for this payment (the provider's merchant order number). */
    public String orderNumber() {
        return PaymentOrder.orderNumber(id);
    }

    @Override
    public String toString() {
        return "PremiumPayment[" + id + ", " + idNumber.masked() + ", " + year + ", " + status + "]";
    }
}
