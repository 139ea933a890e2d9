package org.yibao.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountReversal;
import org.yibao.account.JournalEntry;
import org.yibao.account.OpenAccount;
import org.yibao.account.PaymentReading;
import org.yibao.account.PaymentSplit;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;

/** The ledger's entry point for other modules; payments are handed to {@link PaymentDesk}. */
@Service
class JdbcPersonalAccounts implements PersonalAccounts {

    private final JdbcClient jdbc;
    private final Postings postings;
    private final PaymentDesk desk;
    private final AuditTrail audit;
    private final RoundTrips roundTrips;

    JdbcPersonalAccounts(JdbcClient jdbc, Postings postings, PaymentDesk desk, AuditTrail audit,
                         RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.jdbc = jdbc;
        this.postings = postings;
        this.desk = desk;
        this.audit = audit;
    }

    @Override
    public Optional<Money> balance(PersonId person) {
        return roundTrips.run(PersonalAccounts.balanceOf(person));
    }

    @Override
    @Transactional
    public Money open(OpenAccount command) {
        int opened = jdbc.sql("""
                insert into account_personal (person_id, region_code, balance_fen, opened_at, updated_at)
                values (?, ?, 0, ?, ?) on conflict (person_id) do nothing""")
                .params(command.personId(), command.regionCode(), postings.now(), postings.now()).update();
        if (opened == 0) {
            return balance(new PersonId(command.personId())).orElseThrow();
        }
        long balance = 0;
        long opening = command.openingBalance().fen();
        var claimed = postings.claim("OPENING", command.reference(), command.personId(), null, opening);
        if (opening > 0 && claimed.isPresent()) {
            postings.post(claimed.get(), command.personId(), Reason.OPENING_BALANCE, command.reference(), opening);
            balance = opening;
            postings.answer(claimed.get(), opening, 0, 0, 0, null, balance);
        }
        audit.record("system", PaymentDesk.person(command.personId()), "ACCOUNT_OPENED", AuditTrail.Channel.SYSTEM,
                "region:%s opening:%d".formatted(command.regionCode(), balance));
        return Money.ofFen(balance);
    }

    @Override
    public PaymentSplit pay(AccountPayment order, PaymentReading read) {
        return desk.pay(order, read);
    }

    @Override
    public PaymentSplit pay(AccountPayment order) {
        RoundTrips.Batch batch = new RoundTrips.Batch();
        PaymentReading read = PaymentReading.of(batch, order.person(), order.useAccount());
        roundTrips.run(batch);
        return desk.pay(order, read);
    }

    @Override
    public AccountReversal reverse(String reference) {
        return desk.reverse(reference);
    }

    @Override
    @Transactional
    public Money transferOut(long personId, String reference) {
        var claimed = postings.claim("TRANSFER_OUT", reference, personId, null, 0);
        if (claimed.isEmpty()) {
            Postings.Movement m = postings.movement("TRANSFER_OUT", reference).orElseThrow();
            if (!Long.valueOf(personId).equals(m.personId())) {
                throw new BusinessException(Problem.CONFLICT, "ACCOUNT_REFERENCE_REUSED");
            }
            return Money.ofFen(m.amount());
        }
        Postings.Locked locked = postings.lock(List.of(personId)).get(personId);
        if (locked == null) {
            throw new BusinessException(Problem.NOT_FOUND, "ACCOUNT_NOT_FOUND");
        }
        long balance = locked.balance();
        if (balance > 0) {
            postings.post(claimed.get(), personId, Reason.TRANSFER_OUT, reference, -balance);
        }
        postings.answer(claimed.get(), balance, balance, 0, 0, null, 0L);
        audit.record("system", PaymentDesk.person(personId), "ACCOUNT_TRANSFERRED_OUT", AuditTrail.Channel.SYSTEM,
                "reference:%s amount:%d".formatted(reference, balance));
        return Money.ofFen(balance);
    }

    @Override
    public List<JournalEntry> journal(long personId, int limit) {
        return jdbc.sql("""
                select id, reason, reference, amount_fen, balance_after_fen, posted_at from account_journal
                where person_id = ? and ledger = 'PERSONAL' order by id desc limit ?""")
                .params(personId, limit)
                .query((rs, n) -> {
                    Reason reason = Reason.valueOf(rs.getString("reason"));
                    return new JournalEntry(rs.getLong("id"), reason.name(), rs.getString("reference"),
                            reason.counterpart(), Money.ofFen(rs.getLong("amount_fen")),
                            Money.ofFen(rs.getLong("balance_after_fen")),
                            rs.getObject("posted_at", java.time.OffsetDateTime.class));
                }).list();
    }
}
