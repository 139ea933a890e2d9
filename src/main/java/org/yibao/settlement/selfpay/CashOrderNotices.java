package org.yibao.settlement.selfpay;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.insured.PaymentOrder;
import org.yibao.settlement.selfpay.CashOrder.Status;

/**
 * A payment provider's notification that an order was paid, after its adapter verified the provider's signature:
 * the one place every provider's notices arrive, for 自费支付 orders and resident premiums alike.
 * Each notice is judged against the stored order: a repeated notice changes nothing, an unknown order or an amount
 * that differs from the order's by one fen is refused and logged with nothing marked paid, and a payment that arrives
 * for an order already closed (cancelled, expired) is returned to the payer.
 */
@Component
public class CashOrderNotices {

    private static final Logger log = LoggerFactory.getLogger(CashOrderNotices.class);

    private final JdbcClient jdbc;
    private final CashRefunds refunds;
    private final PremiumNotices premiums;
    private final AuditTrail audit;
    private final Clock clock;

    CashOrderNotices(JdbcClient jdbc, CashRefunds refunds, PremiumNotices premiums, AuditTrail audit,
                     Clock clock) {
        this.jdbc = jdbc;
        this.premiums = premiums;
        this.refunds = refunds;
        this.audit = audit;
        this.clock = clock;
    }

    /** What Yibao made of a notice; the adapter answers the provider by it. */
    public enum Outcome {
        /** The order is now paid. */
        PAID,
        /** The same payment was recorded before: nothing changed. */
        ALREADY_PAID,
        /** No such order: nothing changed. */
        UNKNOWN_ORDER,
        /** The paid amount is not the order's: nothing changed. */
        AMOUNT_MISMATCH,
        /** The order was closed before the payment arrived: it is refunded, the order stays closed. */
        CLOSED;

        /** Whether the provider should consider the notice delivered (otherwise it may send it again). */
        public boolean accepted() {
            return this == PAID || this == ALREADY_PAID || this == CLOSED;
        }
    }

    /**
     * The provider {@code channelName} collected {@code paidFen} for order {@code orderNo} as {@code reference}. A
     * resident premium's order (PP…) is judged by {@link PremiumNotices}, every other one as a 自费支付 order.
     */
    @Transactional
    public Outcome paid(String channelName, String orderNo, long paidFen, String reference) {
        Optional<Long> premium = PaymentOrder.paymentId(orderNo);
        if (premium.isPresent()) {
            return premiums.paid(channelName, premium.get(), paidFen, reference);
        }
        Optional<Stored> found = jdbc.sql("""
                select status, amount_fen, channel_ref, person_id from settlement_cash_order
                where order_no = ? for update""").param(orderNo)
                .query((rs, n) -> new Stored(Status.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getLong(4))).optional();
        if (found.isEmpty()) {
            log.warn("{} notified a payment of unknown order {}; nothing changed", channelName, orderNo);
            return Outcome.UNKNOWN_ORDER;
        }
        Stored order = found.get();
        if (order.status() != Status.UNPAID && reference.equals(order.reference())) {
            return Outcome.ALREADY_PAID;
        }
        String actor = "provider:" + channelName;
        if (paidFen != order.amountFen()) {
            log.error("{} notified {} fen for order {} of {} fen; refused, nothing marked paid", channelName, paidFen,
                    orderNo, order.amountFen());
            audit.record(actor, "person:" + order.personId(), "SELFPAY_NOTICE_AMOUNT_MISMATCH",
                    AuditTrail.Channel.API, orderNo + " paid " + paidFen + " fen, order " + order.amountFen() + " fen");
            return Outcome.AMOUNT_MISMATCH;
        }
        if (order.status() != Status.UNPAID) {
            return closedButPaid(channelName, orderNo, reference, actor, order);
        }
        jdbc.sql("""
                update settlement_cash_order set status = 'PAID', paid_at = ?, channel = ?, channel_ref = ?,
                    request_key = coalesce(request_key, 'N:' || order_no), payment_url = null where order_no = ?""")
                .params(OffsetDateTime.now(clock), channelName, reference, orderNo).update();
        audit.record(actor, "person:" + order.personId(), "SELFPAY_PAID", AuditTrail.Channel.API,
                orderNo + " " + paidFen + " fen via " + channelName + " " + reference);
        return Outcome.PAID;
    }

    private Outcome closedButPaid(String channelName, String orderNo, String reference, String actor, Stored order) {
        if (order.reference() != null) { // a second payment of a paid and refunded order: for the clerk to settle
            log.error("{} notified payment {} of order {}, already {} as {}; nothing changed", channelName, reference,
                    orderNo, order.status(), order.reference());
            return Outcome.CLOSED;
        }
        jdbc.sql("update settlement_cash_order set channel = ?, channel_ref = ? where order_no = ?")
                .params(channelName, reference, orderNo).update(); // a repeated notice is then ALREADY_PAID
        log.warn("{} collected order {} after it was {}; the payment is refunded", channelName, orderNo, order.status());
        audit.record(actor, "person:" + order.personId(), "SELFPAY_PAID_AFTER_CLOSE", AuditTrail.Channel.API,
                orderNo + " " + order.amountFen() + " fen via " + channelName + " " + reference + " refunded");
        CashOrder closed = jdbc.sql(CashOrders.SELECT + " where o.order_no = :no")
                .param("now", OffsetDateTime.now(clock)).param("no", orderNo).query(CashOrders::row).single();
        refunds.owe(channelName, closed.channelOrder()); // sent once this notice's transaction commits
        return Outcome.CLOSED;
    }

    private record Stored(Status status, long amountFen, @Nullable String reference, long personId) {
    }
}
