package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.PersonId;

/** The person's part: own account, then 家庭共济, then cash; reversal, transfer out and the journal. */
class PersonalAccountTests extends AccountFixtures {

    @Test
    void usesOwnAccountBeforeMutualAid() {
        long wife = personWithAccount("测试妻", "100.00");
        long husband = personWithAccount("测试夫", "500.00");
        bindMutualAid(husband, wife);
        PaymentSplit split = pay(new AccountPayment(new PersonId(wife), yuan("80.00"), true, AccountPurpose.MEDICAL, reference()));
        assertThat(split.acctPay()).isEqualTo(yuan("80.00"));
        assertThat(split.acctMulaidPay()).isEqualTo(Money.ZERO);
        assertThat(split.balanceAfter()).isEqualTo(yuan("20.00"));
        assertThat(balance(husband)).isEqualTo(yuan("500.00"));
    }

    @Test
    void mutualAidPaysOnlyWhatIsLeftOnceTheOwnBalanceIsZero() {
        long wife = personWithAccount("测试妻", "30.00");
        long husband = personWithAccount("测试夫", "50.00");
        bindMutualAid(husband, wife);
        PaymentSplit split = pay(new AccountPayment(new PersonId(wife), yuan("100.00"), true, AccountPurpose.MEDICAL, reference()));
        assertThat(split.acctPay()).isEqualTo(yuan("30.00"));
        assertThat(split.acctMulaidPay()).isEqualTo(yuan("50.00"));
        assertThat(split.cashPay()).isEqualTo(yuan("20.00"));
        assertThat(split.mulaidPersonId()).isEqualTo(husband);
        assertThat(balance(wife)).isEqualTo(Money.ZERO);
        assertThat(balance(husband)).isEqualTo(Money.ZERO);
        assertThat(accounts.journal(husband, 1).get(0).reason()).isEqualTo("MUTUAL_AID");
    }

    @Test
    void aPersonWithoutAccountIsPaidForByTheAuthorizer() {
        long child = personWithoutAccount("测试子");
        long father = personWithAccount("测试父", "500.00");
        bindMutualAid(father, child);
        PaymentSplit split = pay(new AccountPayment(new PersonId(child), yuan("66.60"), true, AccountPurpose.PHARMACY, reference()));
        assertThat(split.acctPay()).isEqualTo(Money.ZERO);
        assertThat(split.acctMulaidPay()).isEqualTo(yuan("66.60"));
        assertThat(balance(father)).isEqualTo(yuan("433.40"));
        assertThat(accounts.balance(new PersonId(child))).isEmpty();
    }

    @Test
    void excludedPurposesNeverTouchMutualAidNorTheAccount() {
        long child = personWithoutAccount("测试子");
        long father = personWithAccount("测试父", "500.00");
        bindMutualAid(father, child);
        for (AccountPurpose purpose : new AccountPurpose[] {AccountPurpose.PUBLIC_HEALTH, AccountPurpose.FITNESS,
                AccountPurpose.WELLNESS}) {
            PaymentSplit split = pay(new AccountPayment(new PersonId(child), yuan("40.00"), true, purpose, reference()));
            assertThat(split.acctMulaidPay()).isEqualTo(Money.ZERO);
            assertThat(split.cashPay()).isEqualTo(yuan("40.00"));
            PaymentSplit own = pay(new AccountPayment(new PersonId(father), yuan("40.00"), true, purpose, reference()));
            assertThat(own.cashPay()).isEqualTo(yuan("40.00"));
        }
        assertThat(balance(father)).isEqualTo(yuan("500.00"));
    }

    @Test
    void cashPaysEverythingWhenTheAccountIsNotToBeUsed() {
        long person = personWithAccount("测试人", "500.00");
        PaymentSplit split = pay(new AccountPayment(new PersonId(person), yuan("12.34"), false, AccountPurpose.MEDICAL, reference()));
        assertThat(split.cashPay()).isEqualTo(yuan("12.34"));
        assertThat(split.balanceAfter()).isEqualTo(yuan("500.00"));
        assertThat(balance(person)).isEqualTo(yuan("500.00"));
    }

    @Test
    void theSplitAlwaysSumsToTheAmountAndTheJournalToTheBalance() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long wife = personWithAccount("测试妻", "300.00");
        long husband = personWithAccount("测试夫", "400.00");
        bindMutualAid(husband, wife);
        for (int i = 0; i < 40; i++) {
            Money amount = Money.ofFen(r.nextLong(0, 6000));
            long payer = r.nextBoolean() ? wife : husband;
            PaymentSplit s = pay(new AccountPayment(new PersonId(payer), amount, r.nextInt(5) > 0,
                    AccountPurpose.values()[r.nextInt(3)], reference()));
            assertThat(s.total()).isEqualTo(amount);
            assertThat(s.acctPay().isNegative() || s.acctMulaidPay().isNegative() || s.cashPay().isNegative()).isFalse();
        }
        assertThat(journalSum(wife)).isEqualTo(balance(wife));
        assertThat(journalSum(husband)).isEqualTo(balance(husband));
        assertThat(unbalancedMovements()).isZero();
    }

    @Test
    void reversalRestoresExactlyAndOnlyOnce() {
        long wife = personWithAccount("测试妻", "30.00");
        long husband = personWithAccount("测试夫", "50.00");
        bindMutualAid(husband, wife);
        String ref = reference();
        pay(new AccountPayment(new PersonId(wife), yuan("70.01"), true, AccountPurpose.MEDICAL, ref));
        AccountReversal first = accounts.reverse(ref);
        AccountReversal again = accounts.reverse(ref);
        assertThat(first).isEqualTo(again);
        assertThat(first.acctRestored()).isEqualTo(yuan("30.00"));
        assertThat(first.mulaidRestored()).isEqualTo(yuan("40.01"));
        assertThat(balance(wife)).isEqualTo(yuan("30.00"));
        assertThat(balance(husband)).isEqualTo(yuan("50.00"));
        assertThat(journalSum(husband)).isEqualTo(balance(husband));
        assertThatThrownBy(() -> accounts.reverse(reference())).isInstanceOf(BusinessException.class)
                .hasMessage("ACCOUNT_PAYMENT_NOT_FOUND");
    }

    @Test
    void aReferenceUsedForAnotherAmountIsRefused() {
        long person = personWithAccount("测试人", "100.00");
        String ref = reference();
        PaymentSplit first = pay(new AccountPayment(new PersonId(person), yuan("10.00"), true, AccountPurpose.MEDICAL, ref));
        assertThat(pay(new AccountPayment(new PersonId(person), yuan("10.00"), true, AccountPurpose.MEDICAL, ref)))
                .isEqualTo(first);
        assertThatThrownBy(() -> pay(new AccountPayment(new PersonId(person), yuan("11.00"), true, AccountPurpose.MEDICAL, ref)))
                .isInstanceOf(BusinessException.class).hasMessage("ACCOUNT_REFERENCE_REUSED");
        assertThat(balance(person)).isEqualTo(yuan("90.00"));
    }

    @Test
    void transferOutMovesTheWholeBalanceOnce() {
        long person = personWithAccount("测试人", "950.00");
        String ref = reference();
        assertThat(accounts.transferOut(person, ref)).isEqualTo(yuan("950.00"));
        assertThat(accounts.transferOut(person, ref)).isEqualTo(yuan("950.00"));
        assertThat(balance(person)).isEqualTo(Money.ZERO);
        JournalEntry last = accounts.journal(person, 10).get(0);
        assertThat(last.counterpart()).isEqualTo(Ledger.TRANSFER_OUT);
        assertThat(last.amount()).isEqualTo(yuan("-950.00"));
        assertThat(accounts.journal(person, 10)).hasSize(2);
    }

    @Test
    void theJournalIsAppendOnlyAndEveryMovementIsAudited() {
        long person = personWithAccount("测试人", "100.00");
        String ref = reference();
        pay(new AccountPayment(new PersonId(person), yuan("1.00"), true, AccountPurpose.MEDICAL, ref));
        assertThatThrownBy(() -> jdbc.sql("update account_journal set amount_fen = 0 where person_id = ?")
                .param(person).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from account_journal where person_id = ?").param(person).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from common_audit_record where subject = ? and action like 'ACCOUNT_%'")
                .param("person:" + person).query(Long.class).single()).isEqualTo(2);
    }
}
