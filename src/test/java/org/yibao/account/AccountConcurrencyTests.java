package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import org.yibao.common.PersonId;

/** Many nodes' worth of simultaneous requests against one account (32 threads, 20 pooled connections). */
class AccountConcurrencyTests extends AccountFixtures {

    @Test
    void twoHundredSimultaneousPaymentsNeverOverdrawAndTheJournalSumsToTheBalance() throws Exception {
        long person = personWithAccount("并发人", "500.00");
        List<PaymentSplit> splits = concurrently(200, i -> pay(
                new AccountPayment(new PersonId(person), yuan("7.00"), true, AccountPurpose.MEDICAL, reference())));
        Money paid = Money.ZERO;
        for (PaymentSplit s : splits) {
            assertThat(s.total()).isEqualTo(yuan("7.00"));
            paid = paid.plus(s.acctPay());
        }
        assertThat(paid).isEqualTo(yuan("500.00"));
        assertThat(balance(person)).isEqualTo(Money.ZERO);
        assertThat(journalSum(person)).isEqualTo(balance(person));
        assertThat(unbalancedMovements()).isZero();
    }

    @Test
    void beneficiariesSharingAnAuthorizerPayConcurrentlyWithoutDeadlockOrOverdraft() throws Exception {
        long authorizer = personWithAccount("授权人", "300.00");
        long first = personWithAccount("家属甲", "20.00");
        long second = personWithoutAccount("家属乙");
        bindMutualAid(authorizer, first);
        bindMutualAid(authorizer, second);
        long[] payers = {authorizer, first, second};
        List<PaymentSplit> splits = concurrently(120, i -> pay(new AccountPayment(new PersonId(payers[i % 3]),
                yuan("5.00"), true, AccountPurpose.MEDICAL, reference())));
        Money fromAccounts = splits.stream().map(s -> s.acctPay().plus(s.acctMulaidPay())).reduce(Money.ZERO, Money::plus);
        assertThat(fromAccounts).isEqualTo(yuan("320.00"));
        for (long p : new long[] {authorizer, first}) {
            assertThat(balance(p)).isEqualTo(Money.ZERO);
            assertThat(journalSum(p)).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void theSameReferenceSentTenTimesConcurrentlyMovesMoneyOnce() throws Exception {
        long person = personWithAccount("重复人", "100.00");
        String ref = reference();
        List<PaymentSplit> splits = concurrently(10, i -> pay(
                new AccountPayment(new PersonId(person), yuan("33.33"), true, AccountPurpose.MEDICAL, ref)));
        assertThat(splits).allSatisfy(s -> assertThat(s).isEqualTo(splits.get(0)));
        assertThat(splits.get(0).balanceAfter()).isEqualTo(yuan("66.67"));
        assertThat(balance(person)).isEqualTo(yuan("66.67"));
        assertThat(accounts.journal(person, 10)).hasSize(2);
    }

    @Test
    void concurrentReversalsRestoreExactlyOnce() throws Exception {
        long person = personWithAccount("撤销人", "100.00");
        String ref = reference();
        pay(new AccountPayment(new PersonId(person), yuan("45.67"), true, AccountPurpose.MEDICAL, ref));
        List<AccountReversal> reversals = concurrently(10, i -> accounts.reverse(ref));
        assertThat(reversals).allSatisfy(r -> assertThat(r.acctRestored()).isEqualTo(yuan("45.67")));
        assertThat(balance(person)).isEqualTo(yuan("100.00"));
        assertThat(journalSum(person)).isEqualTo(yuan("100.00"));
        assertThat(accounts.journal(person, 10)).hasSize(3);
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs the tasks on 32 threads, all released at once; answers the results and fails on any error. */
    static <T> List<T> concurrently(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> c = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
