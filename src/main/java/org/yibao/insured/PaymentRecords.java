package org.yibao.insured;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yibao.common.IdNumber;
import org.yibao.common.Money;

/** The rows of insured_premium_payment, and the contribution a confirmed payment becomes. */
@Repository
class PaymentRecords {

    private static final String SELECT = """
            select p.id, p.payer_account, p.person_id, ps.name, ps.id_number, p.region_code, p.year, p.category,
                   p.amount_fen, p.subsidy_fen, p.channel, p.status, p.channel_reference, p.receipt_number,
                   p.created_at, p.completed_at, p.payer_person, pp.name as payer_name, pp.id_number as payer_id_number,
                   p.provider, p.payment_url, p.payment_expires_at
            from insured_premium_payment p join insured_person ps on ps.id = p.person_id
            left join insured_person pp on pp.id = p.payer_person""";

    private final JdbcClient jdbc;

    PaymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PremiumPayment> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PaymentRecords::payment).optional();
    }

    /** The payment, its row locked until the transaction ends (a provider's notices are judged one at a time). */
    Optional<PremiumPayment> lock(long id) {
        return jdbc.sql(SELECT + " where p.id = ? for update of p").param(id).query(PaymentRecords::payment).optional();
    }

    Optional<PremiumPayment> byKey(String idempotencyKey) {
        return jdbc.sql(SELECT + " where p.idempotency_key = ?").param(idempotencyKey).query(PaymentRecords::payment).optional();
    }

    Optional<PremiumPayment> byReceipt(String receiptNumber) {
        return jdbc.sql(SELECT + " where p.receipt_number = ?").param(receiptNumber).query(PaymentRecords::payment).optional();
    }

    /** The pending or paid payment of the person for the year; the partial unique index allows one at most. */
    Optional<PremiumPayment> live(long personId, int year) {
        return jdbc.sql(SELECT + " where p.person_id = ? and p.year = ? and p.status in ('PENDING', 'PAID')")
                .params(personId, year).query(PaymentRecords::payment).optional();
    }

    /** The payments an account made, and those made for its own person by others; newest first. */
    List<PremiumPayment> visibleTo(PremiumPayer payer) {
        return jdbc.sql(SELECT + " where p.payer_account = ? or p.person_id = ? order by p.created_at desc, p.id desc")
                .params(payer.accountId(), payer.ownPersonId() == null ? -1L : payer.ownPersonId())
                .query(PaymentRecords::payment).list();
    }

    boolean contributionPaid(long personId, int year) {
        return jdbc.sql("""
                select count(*) from insured_contribution
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0 and status = 'PAID'""")
                .params(personId, year).query(Long.class).single() > 0;
    }

    /**
     * Inserts a pending payment unless its idempotency key is known or the person already has a live payment for the
     * year — decided by the unique indexes, so it holds across nodes. Empty when nothing was inserted.
     */
    Optional<Long> insertPending(String key, PremiumPayer payer, @Nullable Long payerPerson, PremiumQuote quote,
                                 PaymentChannel channel, OffsetDateTime now) {
        return jdbc.sql("""
                insert into insured_premium_payment (idempotency_key, payer_account, payer_person, person_id, region_code,
                    year, category, amount_fen, subsidy_fen, channel, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                on conflict do nothing returning id""")
                .params(key, payer.accountId(), payerPerson, quote.payee().personId(), quote.payee().regionCode(), quote.year(),
                        quote.payee().category().name(), quote.payable().fen(), quote.subsidy().fen(), channel.name(), now)
                .query(Long.class).optional();
    }

    /** PENDING to PAID, once: a second confirmation finds no pending row and changes nothing. */
    boolean markPaid(long id, String channelReference, String receiptNumber, OffsetDateTime now) {
        return jdbc.sql("""
                update insured_premium_payment
                set status = 'PAID', channel_reference = ?, receipt_number = ?, completed_at = ?
                where id = ? and status = 'PENDING'""")
                .params(channelReference, receiptNumber, now, id).update() == 1;
    }

    boolean markFailed(long id, String channelReference, OffsetDateTime now) {
        return jdbc.sql("""
                update insured_premium_payment set status = 'FAILED', channel_reference = ?, completed_at = ?
                where id = ? and status = 'PENDING'""")
                .params(channelReference, now, id).update() == 1;
    }

    /** The provider's code of a pending payment, once: a second report keeps the first code. */
    boolean markAwaiting(long id, String provider, String paymentUrl, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                update insured_premium_payment set provider = ?, payment_url = ?, payment_expires_at = ?
                where id = ? and status = 'PENDING' and payment_url is null""")
                .params(provider, paymentUrl, expiresAt, id).update() == 1;
    }

    /** The person's pending payments of the year whose provider's code expired become FAILED, freeing the year. */
    int failExpiredCodes(long personId, int year, OffsetDateTime now) {
        return jdbc.sql("""
                update insured_premium_payment set status = 'FAILED', completed_at = ?
                where person_id = ? and year = ? and status = 'PENDING' and payment_expires_at <= ?""")
                .params(now, personId, year, now).update();
    }

    /** A payment collected after it failed: its reference is kept, so a repeated notice is returned only once. */
    void markCollectedAfterFailure(long id, String provider, String reference) {
        jdbc.sql("update insured_premium_payment set provider = ?, channel_reference = ? where id = ?")
                .params(provider, reference, id).update();
    }

    /** PAID to REFUNDED, once, with the agency's reason. */
    boolean markRefunded(long id, String reason, OffsetDateTime now) {
        return jdbc.sql("""
                update insured_premium_payment set status = 'REFUNDED', refund_reason = ?, completed_at = ?
                where id = ? and status = 'PAID'""")
                .params(reason, now, id).update() == 1;
    }

    /** The refunded year no longer counts as paid. */
    void refundContribution(PremiumPayment p) {
        jdbc.sql("""
                update insured_contribution set status = 'REFUNDED'
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0 and status = 'PAID'""")
                .params(p.personId(), p.year()).update();
    }

    /**
     * The year's contribution row; its unique key (person, insutype, year, month 0) makes counting twice impossible.
     * A refunded year paid again counts again.
     */
    void insertContribution(PremiumPayment p, Money assistance, LocalDate paidOn) {
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                    personal_fen, subsidy_fen, channel, status, paid_on)
                values (?, ?, '390', ?, 0, ?, ?, ?, 'PAID', ?)
                on conflict (person_id, insutype, period_year, period_month) do update
                set personal_fen = excluded.personal_fen, subsidy_fen = excluded.subsidy_fen, channel = excluded.channel,
                    status = 'PAID', paid_on = excluded.paid_on
                where insured_contribution.status = 'REFUNDED'""")
                .params(p.personId(), p.regionCode(), p.year(), p.amount().fen(), p.subsidy().plus(assistance).fen(),
                        p.channel().name(), paidOn)
                .update();
    }

    /** What medical assistance paid into the contribution, beyond the fiscal subsidy. */
    Money assistancePaid(PremiumPayment p) {
        return jdbc.sql("""
                select subsidy_fen from insured_contribution
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0""")
                .params(p.personId(), p.year()).query(Long.class).optional()
                .map(fen -> Money.ofFen(Math.max(0, fen - p.subsidy().fen()))).orElse(Money.ZERO);
    }

    private static PremiumPayment payment(ResultSet rs, int row) throws SQLException {
        return new PremiumPayment(rs.getLong("id"), rs.getLong("payer_account"), rs.getLong("person_id"),
                rs.getString("name"), new IdNumber(rs.getString("id_number")), rs.getString("region_code"),
                rs.getInt("year"), ResidentCategory.valueOf(rs.getString("category")), Money.ofFen(rs.getLong("amount_fen")),
                Money.ofFen(rs.getLong("subsidy_fen")), PaymentChannel.valueOf(rs.getString("channel")),
                PaymentStatus.valueOf(rs.getString("status")), rs.getString("channel_reference"),
                rs.getString("receipt_number"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class), rs.getObject("payer_person", Long.class),
                rs.getString("payer_name"), rs.getString("payer_id_number"), online(rs));
    }

    private static PremiumPayment.@Nullable Online online(ResultSet rs) throws SQLException {
        String url = rs.getString("payment_url");
        OffsetDateTime expiresAt = rs.getObject("payment_expires_at", OffsetDateTime.class);
        return url == null || expiresAt == null ? null
                : new PremiumPayment.Online(rs.getString("provider"), url, expiresAt);
    }
}
