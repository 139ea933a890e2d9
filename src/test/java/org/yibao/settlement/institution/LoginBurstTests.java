package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yibao.support.TestIds;

/**
 * A burst of wrong logins must not take the service down: 64 at once, with unknown and known user names, while a
 * hospital queries (1101) and settles (2207) and a citizen reads their account. Nobody gets a 500; the hospital's
 * calls and the citizen's reads succeed; the attackers are refused with 401, 423 or 429.
 */
class LoginBurstTests extends FsiTest {

    @Test
    void sixtyFourWrongLoginsAtOnceLeaveTheHospitalAndBystandersServed() throws Exception {
        TestPerson patient = employee("郑突发", "130200", "100.00");
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            visits.add(visitWithAmoxicillin(patient, "310"));
        }
        List<String> known = List.of(registeredPhone("Known2025a"), registeredPhone("Known2025b"));
        String bystander = login(registeredPhone("Calm2025ab"), "Calm2025ab");

        ExecutorService pool = Executors.newFixedThreadPool(66);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Json>> attackers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String username = i % 2 == 0 ? TestIds.phone() : known.get(i % 4 / 2);
            attackers.add(pool.submit(after(start, () -> post("/api/v1/auth/login",
                    Map.of("username", username, "password", "Wrong2025")))));
        }
        Future<List<Json>> hospital = pool.submit(after(start, () -> {
            List<Json> answers = new ArrayList<>();
            for (String mdtrtId : visits) {
                answers.add(call(HOSPITAL, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02",
                        "mdtrt_cert_no", patient.idNumber()))));
                answers.add(call(HOSPITAL, "2207", settleInput(patient, mdtrtId, "310", "12.50")));
            }
            return answers;
        }));
        Future<List<Json>> citizen = pool.submit(after(start, () -> {
            List<Json> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(get("/api/v1/me", bystander));
            }
            return answers;
        }));
        start.countDown();

        for (Future<Json> a : attackers) {
            assertThat(a.get().status()).as("an attacker's answer").isIn(401, 423, 429);
        }
        assertThat(hospital.get()).allSatisfy(FsiTest::ok);
        assertThat(citizen.get()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(count("select count(*) from settlement_settlement where person_id = ? and status = 'SETTLED'",
                patient.id())).isEqualTo(6);
        pool.shutdown();
    }

    private static <T> Callable<T> after(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
