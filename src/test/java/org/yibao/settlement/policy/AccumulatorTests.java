package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.support.YibaoHttpTest;

/** Yearly accumulators on the real database: idempotent by reference, exact reversal, no lost updates. */
class AccumulatorTests extends YibaoHttpTest {

    @Autowired
    Accumulators accumulators;

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    TransactionTemplate tx;

    private static AccumulatorDelta delta(String medType, long dedFen, long fundFen) {
        return new AccumulatorDelta(medType, "310100", Money.ofFen(dedFen), Money.ofFen(fundFen));
    }

    private PersonId person() {
        return new PersonId(insuredPerson("累计测试", "130200", "123456", null).id());
    }

    /** Applies the delta in a transaction of its own, as a settlement's does. */
    private void apply(PersonId p, AccumulatorDelta delta, String ref) {
        tx.executeWithoutResult(s -> accumulators.apply(p, 2026, delta, ref));
    }

    @Test
    void applyIsIdempotentByReference() {
        PersonId p = person();
        String ref = "setl-" + UUID.randomUUID();
        apply(p, delta("11", 20000, 21000), ref);
        apply(p, delta("11", 20000, 21000), ref);
        assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("11", "310100"))
                .isEqualTo(new YearToDate(Money.ofFen(20000), Money.ofFen(21000)));
        assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("21", "310100")).isEqualTo(YearToDate.NONE);
    }

    @Test
    void reverseRestoresExactlyAndOnlyOnce() {
        PersonId p = person();
        apply(p, delta("14", 0, 80000), "a-" + UUID.randomUUID());
        YearToDate before = roundTrips.run(Accumulators.of(p, 2026)).of("14", "310100");
        String ref = "b-" + UUID.randomUUID();
        apply(p, delta("14", 1234, 5678), ref);
        assertThat(accumulators.reverse(ref)).isTrue();
        assertThat(accumulators.reverse(ref)).isFalse();
        assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("14", "310100")).isEqualTo(before);
        apply(p, delta("14", 1234, 5678), ref);
        assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("14", "310100")).as("a reversed reference stays used")
                .isEqualTo(before);
    }

    @Test
    void concurrentAppliesDoNotLoseUpdates() throws Exception {
        PersonId p = person();
        String same = "same-" + UUID.randomUUID();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String ref = i % 4 == 0 ? same : "c-" + UUID.randomUUID();
            work.add(() -> {
                apply(p, delta("21", 0, 100), ref);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
            // 30 distinct references plus the shared one once: 31 × 1.00
            assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("21", "310100").fundPaid()).isEqualTo(Money.ofFen(3100));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void settlementsThatLockThePersonNeverSpendTheCapTwice() throws Exception {
        PersonId p = person();
        PolicyRule rule = PolicyFixtures.rule("390", PersonCategory.RESIDENT, "11", 1);
        List<Callable<Money>> work = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            work.add(() -> tx.execute(s -> {
                roundTrips.run(Accumulators.lock(p));
                YearToDate ytd = roundTrips.run(Accumulators.of(p, 2026)).of("11", "390100");
                PolicyResult r = PolicyEngine.calculate(new VisitFacts("11", 1, "130200", 2026),
                        new PersonFacts("390", PersonCategory.RESIDENT, 0, 0), List.of(PolicyFixtures.a("100")), ytd,
                        rule);
                accumulators.apply(p, 2026, r.delta(), "lock-" + UUID.randomUUID());
                return r.hifpPay();
            }));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Money paid = Money.ZERO;
            for (Future<Money> f : pool.invokeAll(work)) {
                paid = paid.plus(f.get());
            }
            // 12 visits of 100 × 60 % = 60 each would be 720; the resident cap of 400 stops them at 400
            assertThat(paid).isEqualTo(Money.ofYuan("400"));
            assertThat(roundTrips.run(Accumulators.of(p, 2026)).of("11", "390100").fundPaid()).isEqualTo(Money.ofYuan("400"));
        } finally {
            pool.shutdown();
        }
    }
}
