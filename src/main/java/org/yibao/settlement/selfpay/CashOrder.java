package org.yibao.settlement.selfpay;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;

/**
 * 自费支付订单: the person's cash part ({@code psn_cash_pay}) of one settlement, paid by the citizen in the app
 * (医保与自费解耦). Times are Beijing time, as every time a person or clerk sees. {@code status} is as the order stands
 * now: an unpaid order past its {@code expiresAt} reads {@link Status#EXPIRED}. {@code paymentUrl} is set while the
 * citizen pays in the provider's app (an asynchronous channel answered it; the page shows it as a QR code).
 */
public record CashOrder(String orderNo, String setlId, String mdtrtId, long personId, String institutionCode,
                        String institutionName, String medType, Money amount, Status status, OffsetDateTime createdAt,
                        OffsetDateTime expiresAt, @Nullable OffsetDateTime paidAt, @Nullable String channel,
                        @Nullable String channelRef, @Nullable OffsetDateTime closedAt, @Nullable String paymentUrl) {

    public CashOrder {
        createdAt = beijing(createdAt);
        expiresAt = beijing(expiresAt);
        paidAt = paidAt == null ? null : beijing(paidAt);
        closedAt = closedAt == null ? null : beijing(closedAt);
    }

    /**
     * 待支付, 已支付, 已过期 (unpaid at closing time), 已取消 (the settlement was reversed unpaid), 退款中 (reversed
     * after payment, the provider has not refunded yet), 已退款. REFUNDING is how a REFUNDED order reads until its
     * refund is done; it is never stored.
     */
    public enum Status {
        UNPAID, PAID, EXPIRED, CANCELLED, REFUNDING, REFUNDED
    }

    public boolean payable() {
        return status == Status.UNPAID;
    }

    /** Started with an asynchronous channel and not yet paid: the citizen completes it in the provider's app. */
    public boolean awaitingProvider() {
        return status == Status.UNPAID && paymentUrl != null;
    }

    /** What the payment channel collects for this order: its number, amount and expiry, named by its visit. */
    public ChannelOrder channelOrder() {
        return new ChannelOrder(orderNo, amount, institutionName + " 医保自费 " + mdtrtId, expiresAt);
    }

    private static OffsetDateTime beijing(OffsetDateTime t) {
        return t.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
    }
}
