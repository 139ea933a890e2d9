package org.yibao.account.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.service.TransferFunds;

/**
 * 转移接续 on the ledger. The balance row is locked first, so a payment racing the freeze or the move either
 * finishes before it (and the voucher or the move sees what is left) or waits and is refused as frozen. The move
 * is two movements under the transfer's reference: TRANSFER_OUT empties the old region's account and TRANSFER_IN
 * credits the receiving region's, each with legs that sum to zero.
 */
@Component
class AccountTransfers implements TransferFunds {

    private final JdbcClient jdbc;
    private final Postings postings;
    private final AuditTrail audit;
    private final RefundOrders refunds;
    private final RoundTrips roundTrips;

    AccountTransfers(JdbcClient jdbc, Postings postings, AuditTrail audit, RefundOrders refunds,
                     RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.refunds = refunds;
        this.jdbc = jdbc;
        this.postings = postings;
        this.audit = audit;
    }

    private record Row(long balance, String region, @Nullable String frozenFor) {
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Money freeze(long personId, String fromRegion, String reference) {
        Optional<Row> row = lock(personId);
        if (row.isEmpty()) {
            return Money.ZERO;
        }
        if (!fromRegion.equals(row.get().region())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_NOT_IN_REGION");
        }
        if (row.get().frozenFor() != null && !reference.equals(row.get().frozenFor())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_FROZEN_FOR_TRANSFER");
        }
        jdbc.sql("update account_personal set frozen_for = ?, updated_at = ? where person_id = ?")
                .params(reference, postings.now(), personId).update();
        audit.record("system", PaymentDesk.person(personId), "ACCOUNT_FROZEN", AuditTrail.Channel.SYSTEM,
                "reference:%s balance:%d".formatted(reference, row.get().balance()));
        return Money.ofFen(row.get().balance());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long personId, String reference) {
        jdbc.sql("update account_personal set frozen_for = null, updated_at = ? where person_id = ? and frozen_for = ?")
                .params(postings.now(), personId, reference).update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Money move(long personId, String toRegion, String reference) {
        Optional<Postings.Movement> done = postings.movement("TRANSFER_IN", reference);
        if (done.isPresent()) {
            return Money.ofFen(done.get().amount());
        }
        Optional<Row> row = lock(personId);
        if (row.isEmpty()) {
            return Money.ZERO;
        }
        if (!reference.equals(row.get().frozenFor())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_TRANSFER_NOT_FROZEN");
        }
        long balance = row.get().balance();
        long out = postings.claim("TRANSFER_OUT", reference, personId, null, balance).orElseThrow(
                () -> new BusinessException(Problem.CONFLICT, "ACCOUNT_REFERENCE_REUSED"));
        long in = postings.claim("TRANSFER_IN", reference, personId, null, balance).orElseThrow();
        if (balance > 0) {
            postings.post(out, personId, Reason.TRANSFER_OUT, reference, -balance);
        }
        postings.answer(out, balance, balance, 0, 0, null, 0L);
        // queued like the postings, so that the outgoing leg is written in the old region and the incoming in the new
        roundTrips.deferInTransaction(
                "update account_personal set region_code = ?, frozen_for = null, updated_at = ? where person_id = ?",
                toRegion, postings.now(), personId);
        if (balance > 0) {
            postings.post(in, personId, Reason.TRANSFER_IN, reference, balance);
        }
        postings.answer(in, balance, balance, 0, 0, null, balance);
        audit.record("system", PaymentDesk.person(personId), "ACCOUNT_TRANSFERRED", AuditTrail.Channel.SYSTEM,
                "reference:%s from:%s to:%s amount:%d".formatted(reference, row.get().region(), toRegion, balance));
        return Money.ofFen(balance);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Money refund(long personId, BankAccount bank, String reference) {
        Optional<Postings.Movement> done = postings.movement("TRANSFER_OUT", reference);
        if (done.isPresent()) {
            return Money.ofFen(done.get().amount());
        }
        Optional<Row> row = lock(personId);
        if (row.isEmpty()) {
            return Money.ZERO;
        }
        if (!reference.equals(row.get().frozenFor())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_TRANSFER_NOT_FROZEN");
        }
        long balance = row.get().balance();
        long out = postings.claim("TRANSFER_OUT", reference, personId, null, balance).orElseThrow();
        if (balance > 0) {
            postings.post(out, personId, Reason.TRANSFER_OUT, reference, -balance);
            refunds.order(reference, personId, row.get().region(), balance, bank);
        }
        postings.answer(out, balance, balance, 0, 0, null, 0L);
        roundTrips.deferInTransaction("update account_personal set frozen_for = null, updated_at = ? where person_id = ?",
                postings.now(), personId); // after the queued outgoing posting
        audit.record("system", PaymentDesk.person(personId), "ACCOUNT_REFUND_ORDERED", AuditTrail.Channel.SYSTEM,
                "reference:%s amount:%d".formatted(reference, balance));
        return Money.ofFen(balance);
    }

    @Override
    public Optional<Refund> refundOf(String reference) {
        return refunds.of(reference);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean correctRefund(String reference, BankAccount bank) {
        return refunds.correct(reference, bank);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Refund retryRefund(String reference) {
        return refunds.retry(reference);
    }

    @Override
    public java.util.Map<String, Money> balancesByRegion(long personId) {
        java.util.Map<String, Money> balances = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select region_code, sum(amount_fen) from account_journal
                where person_id = ? and ledger = 'PERSONAL' and region_code is not null
                group by region_code order by min(id)""")
                .param(personId).query(rs -> {
                    balances.put(rs.getString(1), Money.ofFen(rs.getLong(2)));
                });
        return balances;
    }

    private Optional<Row> lock(long personId) {
        List<Row> rows = jdbc.sql("""
                select balance_fen, region_code, frozen_for from account_personal where person_id = ? for update""")
                .param(personId).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return rows.stream().findFirst();
    }
}
