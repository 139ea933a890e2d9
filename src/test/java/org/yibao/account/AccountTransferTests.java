package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.PersonId;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.service.TransferFunds;

/** 转移接续 on the ledger: the freeze from the voucher to the move, the exact move, and payments racing both. */
class AccountTransferTests extends AccountFixtures {

    @Autowired
    private TransferFunds funds;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void aFrozenAccountRefusesPaymentsInWordsAndMovesExactlyOnAcceptance() {
        long person = personWithAccount("转移人", "950.00");
        String ref = reference();
        assertThat(freeze(person, ref)).isEqualTo(yuan("950.00"));

        assertThatThrownBy(() -> pay(new AccountPayment(new PersonId(person), yuan("10.00"), true, AccountPurpose.MEDICAL,
                reference()))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ACCOUNT_FROZEN_FOR_TRANSFER"));
        assertThat(balance(person)).isEqualTo(yuan("950.00"));

        assertThat(move(person, ref)).isEqualTo(yuan("950.00"));
        assertThat(move(person, ref)).isEqualTo(yuan("950.00"));
        assertThat(balance(person)).isEqualTo(yuan("950.00"));
        assertThat(jdbc.sql("select region_code from account_personal where person_id = ?").param(person)
                .query(String.class).single()).isEqualTo("130600");
        List<JournalEntry> journal = accounts.journal(person, 5);
        assertThat(journal).extracting(JournalEntry::reason).startsWith("TRANSFER_IN", "TRANSFER_OUT");
        assertThat(journal.get(1).amount()).isEqualTo(yuan("-950.00"));
        assertThat(journal.get(1).balanceAfter()).isEqualTo(Money.ZERO);
        assertThat(journalSum(person)).isEqualTo(balance(person));
        assertThat(unbalancedMovements()).isZero();
        assertThat(funds.balancesByRegion(person)).containsExactly(entry("130200", Money.ZERO),
                entry("130600", yuan("950.00")));
        assertThat(jdbc.sql("""
                select count(*) from account_journal where reference = ? and ledger = 'PERSONAL'
                group by region_code order by region_code""").param(ref).query(Long.class).list())
                .containsExactly(1L, 1L);
        assertThat(unbalancedRegions()).isZero();

        PaymentSplit paid = pay(new AccountPayment(new PersonId(person), yuan("10.00"), true, AccountPurpose.MEDICAL,
                reference()));
        assertThat(paid.acctPay()).isEqualTo(yuan("10.00"));
    }

    @Test
    void aReleasedFreezeLetsTheAccountPayAgainAndMovesNothing() {
        long person = personWithAccount("驳回人", "100.00");
        String ref = reference();
        tx.execute(s -> funds.freeze(person, "130200", ref));
        tx.executeWithoutResult(s -> funds.release(person, ref));
        assertThat(pay(new AccountPayment(new PersonId(person), yuan("10.00"), true, AccountPurpose.MEDICAL, reference()))
                .acctPay()).isEqualTo(yuan("10.00"));
        assertThatThrownBy(() -> tx.execute(s -> funds.move(person, "130600", ref)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT_TRANSFER_NOT_FROZEN"));
        assertThat(balance(person)).isEqualTo(yuan("90.00"));
    }

    @Test
    void settlementsRacingTheVoucherAndTheMoveNeverSpendMoneyThatHasMoved() throws Exception {
        long person = personWithAccount("竞争人", "500.00");
        String ref = reference();
        AtomicReference<Money> atIssue = new AtomicReference<>();
        List<Money> first = AccountConcurrencyTests.concurrently(40, i -> i == 20
                ? freezeInto(atIssue, person, ref) : payOrRefused(person));
        Money paidBefore = sum(first);
        assertThat(atIssue.get()).isEqualTo(yuan("500.00").minus(paidBefore));

        AtomicReference<Money> moved = new AtomicReference<>();
        List<Money> second = AccountConcurrencyTests.concurrently(40, i -> i == 20
                ? moveInto(moved, person, ref) : payOrRefused(person));
        assertThat(moved.get()).isEqualTo(atIssue.get());
        Money paidAfter = sum(second);
        assertThat(balance(person)).isEqualTo(moved.get().minus(paidAfter));
        assertThat(journalSum(person)).isEqualTo(balance(person));
        assertThat(unbalancedMovements()).isZero();
        Long spentWhileFrozen = jdbc.sql("""
                select count(*) from account_journal p
                where p.person_id = ? and p.ledger = 'PERSONAL' and p.reason = 'PAYMENT'
                  and p.id > (select min(id) from account_journal where person_id = ? and reason = 'TRANSFER_OUT'
                              and ledger = 'PERSONAL')
                  and p.id < (select min(id) from account_journal where person_id = ? and reason = 'TRANSFER_IN'
                              and ledger = 'PERSONAL')""").params(person, person, person).query(Long.class).single();
        assertThat(spentWhileFrozen).isZero();
        assertThat(funds.balancesByRegion(person)).containsExactly(entry("130200", Money.ZERO),
                entry("130600", balance(person)));
        assertThat(unbalancedRegions()).isZero();
    }

    /** Movements whose legs do not sum to zero within each region. */
    private long unbalancedRegions() {
        return jdbc.sql("""
                select count(*) from (select movement_id, region_code from account_journal
                                      group by movement_id, region_code having sum(amount_fen) <> 0) u""")
                .query(Long.class).single();
    }

    private Money freeze(long person, String ref) {
        return Objects.requireNonNull(tx.execute(s -> funds.freeze(person, "130200", ref)));
    }

    private Money move(long person, String ref) {
        return Objects.requireNonNull(tx.execute(s -> funds.move(person, "130600", ref)));
    }

    private Money freezeInto(AtomicReference<Money> into, long person, String ref) {
        into.set(freeze(person, ref));
        return Money.ZERO;
    }

    private Money moveInto(AtomicReference<Money> into, long person, String ref) {
        into.set(move(person, ref));
        return Money.ZERO;
    }

    /** The part the account paid, or zero when the payment was refused because the account is frozen. */
    private Money payOrRefused(long person) {
        try {
            return pay(new AccountPayment(new PersonId(person), yuan("7.00"), true, AccountPurpose.MEDICAL, reference()))
                    .acctPay();
        } catch (BusinessException e) {
            assertThat(e.code()).isEqualTo("ACCOUNT_FROZEN_FOR_TRANSFER");
            return Money.ZERO;
        }
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
    }
}
