package org.yibao.settlement.selfpay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.selfpay.CashOrder.Status;

/**
 * 自费支付 (医保与自费解耦, seed 001): a settlement with a cash part opens one order, which the citizen pays through
 * the {@link CashPaymentChannel} once; a reversal refunds a paid order and cancels an unpaid one; an unpaid order
 * expires at the institution's closing time ({@code yibao.selfpay.closing-time}, Beijing time, 22:00 unless
 * configured): the same day, or the next day for a settlement after closing.
 */
@Component
public class CashOrders {

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    static final String SELECT = """
            select o.order_no, o.setl_id, s.mdtrt_id, o.person_id, o.institution_code,
                   coalesce(i.name, o.institution_code) as institution_name, s.med_type, o.amount_fen,
                   case when o.status = 'UNPAID' and o.expires_at <= :now then 'EXPIRED'
                        when o.status = 'REFUNDED' and exists (select 1 from settlement_cash_refund r
                            where r.order_no = o.order_no and r.state <> 'DONE') then 'REFUNDING'
                        else o.status end as status,
                   o.created_at, o.expires_at, o.paid_at, o.channel, o.channel_ref, o.request_key, o.payment_url,
                   case when o.status = 'UNPAID' and o.expires_at <= :now then o.expires_at else o.closed_at end
                       as closed_at
            from settlement_cash_order o join settlement_settlement s on s.setl_id = o.setl_id
                 left join catalog_institution i on i.code = o.institution_code""";

    private final JdbcClient jdbc;
    private final CashRefunds refunds;
    private final RoundTrips roundTrips;
    private final Optional<CashPaymentChannel> channel;
    private final AuditTrail audit;
    private final Clock clock;
    private final LocalTime closingTime;

    public CashOrders(JdbcClient jdbc, CashRefunds refunds, RoundTrips roundTrips, Optional<CashPaymentChannel> channel, AuditTrail audit,
                      Clock clock, @Value("${yibao.selfpay.closing-time:22:00}") LocalTime closingTime) {
        this.jdbc = jdbc;
        this.refunds = refunds;
        this.roundTrips = roundTrips;
        this.channel = channel;
        this.audit = audit;
        this.clock = clock;
        this.closingTime = closingTime;
    }

    /** The order number of a settlement's order: one per settlement. */
    public static String orderNo(String setlId) {
        return "ZF" + setlId;
    }

    /**
     * Opens the order of a new settlement's cash part, sent with the settlement (a trial's is discarded with it).
     * A settlement without a cash part opens none.
     */
    public void open(String setlId, PersonId person, String institutionCode, Money cash, OffsetDateTime settledAt) {
        if (cash.fen() <= 0) {
            return;
        }
        roundTrips.defer("""
                insert into settlement_cash_order (order_no, setl_id, person_id, institution_code, amount_fen, status,
                    created_at, expires_at) values (?, ?, ?, ?, ?, 'UNPAID', ?, ?)""",
                orderNo(setlId), setlId, person.value(), institutionCode, cash.fen(), settledAt, expiry(settledAt));
    }

    /** The institution's closing time on the settlement's day, or on the next day for a settlement after it. */
    public OffsetDateTime expiry(OffsetDateTime settledAt) {
        ZonedDateTime local = settledAt.atZoneSameInstant(BusinessTime.ZONE);
        ZonedDateTime closing = local.toLocalDate().atTime(closingTime).atZone(BusinessTime.ZONE);
        return (closing.isAfter(local) ? closing : closing.plusDays(1)).toOffsetDateTime();
    }

    /** The person's orders, newest first (the 待支付 ones are those with {@link CashOrder#payable()}). */
    public List<CashOrder> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where o.person_id = :person order by o.created_at desc limit 100")
                .param("now", now()).param("person", personId).query(CashOrders::row).list();
    }

    /** The person's order by its number; another person's order is not found. */
    public Optional<CashOrder> find(long personId, String orderNo) {
        return jdbc.sql(SELECT + " where o.order_no = :no and o.person_id = :person")
                .param("now", now()).param("no", orderNo).param("person", personId).query(CashOrders::row).optional();
    }

    /** The order of the institution's settlement, for its query and its cashier. */
    public Optional<CashOrder> ofSettlement(String setlId, String institutionCode) {
        return jdbc.sql(SELECT + " where o.setl_id = :setl and o.institution_code = :institution")
                .param("now", now()).param("setl", setlId).param("institution", institutionCode)
                .query(CashOrders::row).optional();
    }

    /**
     * Pays the person's order through the channel. The same {@code requestKey} answers the same paid order again;
     * every refusal changes nothing: no channel (暂不可用), a malformed or reused key, another person's or an unknown
     * order, an order already paid, expired, cancelled or refunded, or the channel declining.
     */
    @Transactional
    public CashOrder pay(long personId, String orderNo, String requestKey) {
        if (!REQUEST_KEY.matcher(requestKey).matches()) {
            throw BusinessException.invalid("idempotencyKey", "SELFPAY_KEY_INVALID");
        }
        CashPaymentChannel payWith = channel.orElseThrow(
                () -> new BusinessException(Problem.UNAVAILABLE, "SELFPAY_UNAVAILABLE"));
        Locked order = lock(personId, orderNo);
        if (order.order().status() == Status.PAID && requestKey.equals(order.requestKey())) {
            return order.order();
        }
        if (order.order().awaitingProvider()) {
            return order.order(); // started before: the same code again, the provider's notification marks it paid
        }
        refuseUnpayable(order.order().status());
        try { // the key is claimed before the channel is asked, so a key reused concurrently collects nothing
            jdbc.sql("update settlement_cash_order set request_key = ?, channel = ? where order_no = ? and status = 'UNPAID'")
                    .params(requestKey, payWith.name(), orderNo).update();
        } catch (DuplicateKeyException reused) {
            throw new BusinessException(Problem.CONFLICT, "SELFPAY_KEY_REUSED");
        }
        CashPaymentChannel.Started started;
        try {
            started = payWith.start(order.order().channelOrder(), requestKey);
        } catch (CashPaymentChannel.Refused e) {
            throw new BusinessException(Problem.CONFLICT, "SELFPAY_CHANNEL_REFUSED", e.getMessage());
        }
        if (started.reference() == null) {
            jdbc.sql("update settlement_cash_order set payment_url = ? where order_no = ?")
                    .params(started.paymentUrl(), orderNo).update();
            audit.record("person:" + personId, "person:" + personId, "SELFPAY_STARTED", AuditTrail.Channel.API,
                    orderNo + " " + order.order().amount() + " via " + payWith.name());
            return find(personId, orderNo).orElseThrow();
        }
        jdbc.sql("update settlement_cash_order set status = 'PAID', paid_at = ?, channel_ref = ? where order_no = ?")
                .params(now(), started.reference(), orderNo).update();
        audit.record("person:" + personId, "person:" + personId, "SELFPAY_PAID", AuditTrail.Channel.API,
                orderNo + " " + order.order().amount() + " via " + payWith.name());
        return find(personId, orderNo).orElseThrow();
    }

    /**
     * The settlement was reversed: a paid order is refunded (owed in the reversal's transaction, sent once it is
     * committed and retried until done, {@link CashRefunds}), an
     * unpaid one cancelled, an expired one stays expired. Without a channel a paid order cannot be refunded: refused.
     */
    public void reversed(String setlId) {
        List<CashOrder> stored = jdbc.sql(SELECT + " where o.setl_id = :setl for update of o")
                .param("now", now()).param("setl", setlId).query(CashOrders::row).list();
        if (stored.isEmpty()) {
            return;
        }
        CashOrder before = stored.get(0);
        if (before.status() == Status.PAID && channel.isEmpty()) {
            throw new BusinessException(Problem.UNAVAILABLE, "SELFPAY_REFUND_UNAVAILABLE");
        }
        jdbc.sql("""
                update settlement_cash_order set closed_at = :now, status = case
                    when status = 'PAID' then 'REFUNDED'
                    when expires_at <= :now then 'EXPIRED' else 'CANCELLED' end
                where setl_id = :setl and status in ('PAID', 'UNPAID')""")
                .param("now", now()).param("setl", setlId).update();
        if (before.status() == Status.PAID) {
            refunds.owe(channel.orElseThrow().name(), before.channelOrder()); // sent once the reversal commits
        } else if (before.awaitingProvider() && channel.isPresent()) {
            afterCommit(() -> channel.orElseThrow().close(before.channelOrder()));
        }
    }

    private void refuseUnpayable(Status status) {
        switch (status) {
            case PAID -> throw new BusinessException(Problem.CONFLICT, "SELFPAY_ALREADY_PAID");
            case EXPIRED -> throw new BusinessException(Problem.CONFLICT, "SELFPAY_EXPIRED");
            case CANCELLED, REFUNDING, REFUNDED -> throw new BusinessException(Problem.CONFLICT, "SELFPAY_CLOSED");
            default -> { }
        }
    }

    private record Locked(CashOrder order, String requestKey) {
    }

    private Locked lock(long personId, String orderNo) {
        return jdbc.sql(SELECT + " where o.order_no = :no and o.person_id = :person for update of o")
                .param("now", now()).param("no", orderNo).param("person", personId)
                .query((rs, n) -> new Locked(row(rs, n), String.valueOf(rs.getString("request_key")))).optional()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SELFPAY_NOT_FOUND"));
    }

    static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static CashOrder row(ResultSet rs, int n) throws SQLException {
        return new CashOrder(rs.getString("order_no"), rs.getString("setl_id"), rs.getString("mdtrt_id"),
                rs.getLong("person_id"), rs.getString("institution_code"), rs.getString("institution_name"),
                rs.getString("med_type"), Money.ofFen(rs.getLong("amount_fen")), Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("paid_at", OffsetDateTime.class), rs.getString("channel"), rs.getString("channel_ref"),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("payment_url"));
    }
}
