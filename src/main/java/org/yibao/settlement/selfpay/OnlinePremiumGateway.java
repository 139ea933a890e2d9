package org.yibao.settlement.selfpay;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.common.BusinessTime;
import org.yibao.insured.PaymentOrder;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.TaxPaymentGateway;
import org.yibao.settlement.selfpay.CashPaymentChannel.Started;

/**
 * 城乡居民（税务系统）缴费 through the configured payment provider (微信支付, 支付宝): the person pays the tax
 * channel's order with the provider's code, as at the tax bureau's own payment page. The order opens as a payment of
 * the {@link CashPaymentChannel} (the order number PP…, the amount to the fen, "城乡居民医保缴费 2026", payable for
 * {@code ttl} from the start); the code goes back to the payment ({@link PremiumPayments#awaiting}), the provider's
 * notice confirms it ({@link CashOrderNotices}), a channel that declines fails it at once so the year is free again.
 */
final class OnlinePremiumGateway implements TaxPaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(OnlinePremiumGateway.class);

    private final CashPaymentChannel channel;
    private final CashRefunds refunds;
    private final PremiumPayments payments;
    private final Clock clock;
    private final Duration ttl;

    OnlinePremiumGateway(CashPaymentChannel channel, CashRefunds refunds, PremiumPayments payments, Clock clock, Duration ttl) {
        this.channel = channel;
        this.refunds = refunds;
        this.payments = payments;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public void submit(PaymentOrder order) {
        ChannelOrder payment = channelOrder(order);
        if (!payment.expiresAt().isAfter(OffsetDateTime.now(clock))) { // handed over again long after its start
            payments.fail(order.paymentId(), channel.name());
            return;
        }
        Started started;
        try {
            started = channel.start(payment, order.orderNumber());
        } catch (CashPaymentChannel.Refused e) {
            log.warn("{} did not open premium payment {}: {}", channel.name(), order.orderNumber(), e.getMessage());
            payments.fail(order.paymentId(), channel.name());
            return;
        }
        if (started.paymentUrl() != null) {
            payments.awaiting(order.paymentId(), channel.name(), started.paymentUrl(), payment.expiresAt());
        } else if (started.reference() != null) {
            payments.confirm(order.paymentId(), started.reference());
        }
    }

    @Override
    public boolean refundPending(String orderNumber) {
        return refunds.pending(orderNumber);
    }

    @Override
    public boolean refunds(String provider) {
        return channel.name().equals(provider);
    }

    @Override
    public void refund(PaymentOrder order, String provider) {
        refunds.owe(provider, channelOrder(order)); // in the caller's transaction, sent once it commits
    }

    /** The provider's payment of a premium order: payable for {@code ttl} from its start, in Beijing time. */
    private ChannelOrder channelOrder(PaymentOrder order) {
        OffsetDateTime expiresAt = order.startedAt().plus(ttl).atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
        return new ChannelOrder(order.orderNumber(), order.amount(), "城乡居民医保缴费 " + order.year(), expiresAt);
    }
}
