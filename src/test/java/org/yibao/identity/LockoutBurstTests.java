package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.YibaoHttpTest;

/**
 * Parallel bursts against every password and code check: an attempt is taken before the comparison, so no more
 * than the limit is ever compared per window, whatever arrives at once.
 */
class LockoutBurstTests extends YibaoHttpTest {

    @Test
    void aBurstOfTwentyWrongPasswordsIsComparedFiveTimesAndTheRightOneAfterItWaitsForTheLock() throws Exception {
        String phone = registeredPhone("Burst2025x");
        List<Json> answers = atOnce(20, i -> post("/api/v1/auth/login", Map.of("username", phone, "password", "Wrong2025" + i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(401, 423));
        assertThat(answers.stream().filter(a -> "LOGIN_FAILED".equals(a.text("code"))))
                .as("only the first four of the five compared say how many tries are left").hasSize(4);
        assertThat(answers.stream().filter(a -> a.status() == 423)).hasSize(16);
        Json right = post("/api/v1/auth/login", Map.of("username", phone, "password", "Burst2025x"));
        assertThat(right.status()).as("the right password sent after the burst waits for the lock").isEqualTo(423);
    }

    @Test
    void aBurstOfTwentyCardPasswordsForRealNameIsComparedFiveTimes() throws Exception {
        TestPerson p = insuredPerson("韩并发", "130200", "246810", null);
        String phone = registeredPhone("Card2025xy");
        String token = login(phone, "Card2025xy");
        long accountId = jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
        List<Json> answers = atOnce(20, i -> post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD",
                "name", p.name(), "idNumber", p.idNumber(), "cardNumber", p.cardNumber(),
                "cardPassword", String.format("%06d", 100_000 + i)), token));

        assertThat(answers.stream().filter(a -> "REAL_NAME_MISMATCH".equals(a.text("code")))).hasSize(4);
        assertThat(answers.stream().filter(a -> "REAL_NAME_TOO_MANY".equals(a.text("code")))).hasSize(16);
        assertThat(jdbc.sql("select count(*) from identity_real_name_attempt where account_id = ?").param(accountId)
                .query(Long.class).single())
                .as("five compared, five recorded").isEqualTo(5);
        Json right = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", p.name(),
                "idNumber", p.idNumber(), "cardNumber", p.cardNumber(), "cardPassword", "246810"), token);
        assertThat(right.text("code")).isEqualTo("REAL_NAME_TOO_MANY");
    }

    @Test
    void aBurstOfTwentyWrongSmsCodesUsesFiveTriesOfTheCode() throws Exception {
        String phone = org.yibao.support.TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        String code = smsCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        List<Json> answers = atOnce(20, i -> post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", wrong,
                "password", "Sms2025xyz", "agreementAccepted", true)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(400));
        assertThat(jdbc.sql("select attempts from identity_sms_code where phone = ?").param(phone)
                .query(Integer.class).single()).as("tries taken, never more than five").isEqualTo(5);
        Json right = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", code, "password", "Sms2025xyz",
                "agreementAccepted", true));
        assertThat(right.text("code")).isEqualTo("SMS_CODE_TOO_MANY_WRONG");
    }

    private static List<Json> atOnce(int n, Bursts.Call<Json> call) throws Exception {
        return Bursts.atOnce(n, call);
    }
}
