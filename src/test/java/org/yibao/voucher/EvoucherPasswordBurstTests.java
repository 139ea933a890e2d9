package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.identity.EvoucherPasswordCheck;
import org.yibao.identity.EvoucherPasswordCheck.Outcome;
import org.yibao.support.YibaoHttpTest;

/** The holder's own e-voucher password: tries are taken before comparing, five at most per lock, in any burst. */
class EvoucherPasswordBurstTests extends YibaoHttpTest {

    @Autowired
    EvoucherPasswordCheck passwords;

    @Test
    void aBurstOfTwentyWrongPasswordsIsComparedFiveTimesAndLocksUntilTomorrow() throws Exception {
        TestPerson p = insuredPerson("褚并发", "130200", "246810", "135790");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit((Callable<Outcome>) () -> {
                start.await();
                return passwords.verify(p.id(), "975311");
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter(o -> o == Outcome.WRONG)).hasSize(4);
        assertThat(outcomes.stream().filter(o -> o == Outcome.LOCKED)).hasSize(16);
        assertThat(passwords.verify(p.id(), "135790")).isEqualTo(Outcome.LOCKED);
        assertThat(jdbc.sql("select locked_until > now() + interval '1 second' from voucher_evoucher where person_id = ?")
                .param(p.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSuccessGivesBackTheTriesBeforeIt() {
        TestPerson p = insuredPerson("褚成功", "130200", "246810", "135790");
        for (int i = 0; i < 4; i++) {
            assertThat(passwords.verify(p.id(), "975311")).isEqualTo(Outcome.WRONG);
        }
        assertThat(passwords.verify(p.id(), "135790")).isEqualTo(Outcome.VERIFIED);
        for (int i = 0; i < 4; i++) {
            assertThat(passwords.verify(p.id(), "975311")).isEqualTo(Outcome.WRONG);
        }
        assertThat(passwords.verify(p.id(), "975311")).isEqualTo(Outcome.LOCKED);
    }
}
