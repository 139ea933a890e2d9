package org.yibao.settlement.selfpay;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.settlement.selfpay.CashPaymentChannel.RefundResult;

/**
 * 退款: the refunds Yibao owes payers through a payment provider. Each is written ({@link #owe}) in the transaction
 * that decides it, so it is never lost, and sent once that commits. A transient failure is sent again, with the same
 * refund number {@code TK<order>}, after growing delays ({@code yibao.pay.refund.retry-delay} doubled per attempt, at
 * most a day) by a job on every node; each refund is sent under its row lock, which other nodes skip. A refusal, or
 * {@code yibao.pay.refund.max-attempts} transient failures, leaves it 退款失败 for the agency's 重新退款.
 */
@Component
public class CashRefunds {

    private static final Logger log = LoggerFactory.getLogger(CashRefunds.class);
    private static final Duration LONGEST = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Optional<CashPaymentChannel> channel;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration retryDelay;
    private final int maxAttempts;

    CashRefunds(JdbcClient jdbc, Optional<CashPaymentChannel> channel, TransactionTemplate transactions,
                AuditTrail audit, Clock clock, @Value("${yibao.pay.refund.retry-delay:PT1M}") Duration retryDelay,
                @Value("${yibao.pay.refund.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.retryDelay = retryDelay;
        this.maxAttempts = maxAttempts;
    }

    /** 待退款, 退款失败 (for the agency), 已退款. */
    public enum State { PENDING, FAILED, DONE }

    /** An owed refund as the agency sees it, its times in Beijing time. */
    public record OwedRefund(String refundNo, String orderNo, String channel, Money amount, State state, int attempts,
                             OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, @Nullable String message) {

        public OwedRefund {
            createdAt = createdAt.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
            nextAttemptAt = nextAttemptAt.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
        }
    }

    /** The refund number of an order: the provider's idempotency key, the same on every retry. */
    public static String refundNo(String orderNo) {
        return "TK" + orderNo;
    }

    /**
     * Records that {@code order}, collected by {@code channelName}, is owed back to its payer; call it inside the
     * transaction that decides the refund. It is sent after the commit; an order already owed is not owed twice.
     */
    public void owe(String channelName, ChannelOrder order) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String subject = order.subject().length() > 200 ? order.subject().substring(0, 200) : order.subject();
        jdbc.sql("""
                insert into settlement_cash_refund (refund_no, order_no, channel, amount_fen, subject, expires_at, state,
                    next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict do nothing""")
                .params(refundNo(order.orderNo()), order.orderNo(), channelName, order.amount().fen(), subject,
                        order.expiresAt(), now, now).update();
        CashOrders.afterCommit(() -> sendQuietly(refundNo(order.orderNo())));
    }

    /** Whether the order's refund is owed and not yet done, for the payer's page: 退款中. */
    public boolean pending(String orderNo) {
        return jdbc.sql("select exists (select 1 from settlement_cash_refund where order_no = ? and state <> 'DONE')")
                .param(orderNo).query(Boolean.class).single();
    }

    /** The refunds not done yet, failed ones first, for the agency (at most 200). */
    public List<OwedRefund> open() {
        return jdbc.sql("""
                select refund_no, order_no, channel, amount_fen, state, attempts, created_at, next_attempt_at, message
                from settlement_cash_refund where state <> 'DONE'
                order by case state when 'FAILED' then 0 else 1 end, created_at limit 200""")
                .query((rs, n) -> new OwedRefund(rs.getString(1), rs.getString(2), rs.getString(3),
                        Money.ofFen(rs.getLong(4)), State.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                        rs.getString(9))).list();
    }

    /**
     * 重新退款: the agency sends a failed refund again (the same number) after the cause was fixed; answers its state
     * after this attempt. Anything but a failed refund is refused with nothing changed.
     */
    public State retry(String refundNo, String clerk) {
        Boolean reopened = transactions.execute(status -> {
            int updated = jdbc.sql("""
                    update settlement_cash_refund set state = 'PENDING', attempts = 0, next_attempt_at = ?
                    where refund_no = ? and state = 'FAILED'""").params(OffsetDateTime.now(clock), refundNo).update();
            if (updated == 1) {
                audit.record(clerk, "refund:" + refundNo, "SELFPAY_REFUND_RETRIED", AuditTrail.Channel.STAFF, refundNo);
            }
            return updated == 1;
        });
        if (!Boolean.TRUE.equals(reopened)) {
            throw new BusinessException(Problem.CONFLICT, "SELFPAY_REFUND_NOT_FAILED");
        }
        sendQuietly(refundNo);
        return jdbc.sql("select state from settlement_cash_refund where refund_no = ?").param(refundNo)
                .query((rs, n) -> State.valueOf(rs.getString(1))).single();
    }

    /**
     * Sends the refunds of this node's channel that are due; a refund another node is sending is skipped. A refund
     * owed through a channel this node is not configured for waits, listed for the agency, for a node that is.
     */
    @Scheduled(fixedDelayString = "${yibao.pay.refund.poll:PT30S}", initialDelayString = "${yibao.pay.refund.poll:PT30S}")
    public void sendDue() {
        if (channel.isEmpty()) {
            return;
        }
        List<String> due = jdbc.sql("""
                select refund_no from settlement_cash_refund where state = 'PENDING' and channel = ?
                    and next_attempt_at <= ? order by next_attempt_at limit 50""")
                .params(channel.get().name(), OffsetDateTime.now(clock)).query(String.class).list();
        due.forEach(this::sendQuietly);
    }

    private void sendQuietly(String refundNo) {
        try {
            transactions.executeWithoutResult(status -> send(refundNo));
        } catch (RuntimeException e) { // the row stays PENDING and due: the next run sends it
            log.error("Refund {} not sent; it is sent again later", refundNo, e);
        }
    }

    private void send(String refundNo) {
        Optional<Due> locked = jdbc.sql("""
                select order_no, channel, amount_fen, subject, expires_at, attempts from settlement_cash_refund
                where refund_no = ? and state = 'PENDING' and next_attempt_at <= ? for update skip locked""")
                .params(refundNo, OffsetDateTime.now(clock))
                .query((rs, n) -> new Due(new ChannelOrder(rs.getString(1), Money.ofFen(rs.getLong(3)),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)), rs.getString(2), rs.getInt(6)))
                .optional();
        if (locked.isEmpty()) {
            return; // done, failed, not yet due, or being sent by another node
        }
        Due refund = locked.get();
        RefundResult result = channel.filter(c -> c.name().equals(refund.channel()))
                .map(c -> c.refund(refund.order()))
                .orElse(RefundResult.transientFailure(refund.channel() + " 未配置"));
        record(refundNo, refund, result);
    }

    private void record(String refundNo, Due refund, RefundResult result) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int attempts = refund.attempts() + 1;
        State state = switch (result.kind()) {
            case DONE -> State.DONE;
            case REFUSED -> State.FAILED;
            case TRANSIENT -> attempts >= maxAttempts ? State.FAILED : State.PENDING;
        };
        jdbc.sql("""
                update settlement_cash_refund set state = ?, attempts = ?, next_attempt_at = ?, message = ?,
                    done_at = ? where refund_no = ?""")
                .params(state.name(), attempts, now.plus(delay(attempts)), result.message(),
                        state == State.DONE ? now : null, refundNo).update();
        if (state == State.DONE) {
            audit.record("provider:" + refund.channel(), "refund:" + refundNo, "SELFPAY_REFUNDED", AuditTrail.Channel.API,
                    refundNo + " " + refund.order().amount() + " via " + refund.channel());
        } else if (state == State.FAILED) {
            log.error("Refund {} of {} via {} failed after {} attempt(s): {}; shown to the agency", refundNo,
                    refund.order().amount(), refund.channel(), attempts, result.message());
        }
    }

    /** The wait before the next attempt: the delay doubled with each attempt made, at most a day. */
    private Duration delay(int attempts) {
        Duration wait = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    private record Due(ChannelOrder order, String channel, int attempts) {
    }
}
