package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessTime;
import org.yibao.support.TestIds;
import org.yibao.support.YibaoHttpTest;

/** The citizen account over the REST API of API.md §3, with every refusal checked to change nothing. */
class AccountApiTests extends YibaoHttpTest {

    private long accounts() {
        return jdbc.sql("select count(*) from identity_account").query(Long.class).single();
    }

    @Test
    void registersWithAnSmsCodeAndLogsInWithPhone() {
        String phone = TestIds.phone();
        Json sent = post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.body().get("resendAfterSeconds").asInt()).isEqualTo(60);
        assertThat(sent.body().get("expiresInSeconds").asInt()).isEqualTo(300);

        Json registered = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", smsCode(phone),
                "password", "Secret2025", "agreementAccepted", true));
        assertThat(registered.status()).isEqualTo(201);

        Json login = post("/api/v1/auth/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        assertThat(login.body().get("expiresIn").asInt()).isEqualTo(7200);
        Json me = get("/api/v1/me", login.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(me.body().get("realNameVerified").asBoolean()).isFalse();
    }

    @Test
    void refusesEveryBadRegistrationFieldWithChineseMessagesAndWritesNothing() {
        long before = accounts();
        Json r = post("/api/v1/auth/register", Map.of("phone", "12345", "smsCode", "12", "password", "short",
                "agreementAccepted", false));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("code"))
                .containsExactly("PHONE_INVALID", "SMS_CODE_FORMAT", "PASSWORD_LENGTH", "AGREEMENT_REQUIRED");
        assertThat(r.text("detail")).isEqualTo("请输入正确的11位手机号码");

        Map<String, Object> onlyLetters = new HashMap<>(Map.of("phone", TestIds.phone(), "smsCode", "123456",
                "password", "abcdefgh", "agreementAccepted", true));
        assertThat(post("/api/v1/auth/register", onlyLetters).text("code")).isEqualTo("PASSWORD_WEAK");
        onlyLetters.put("password", "abc 12345");
        assertThat(post("/api/v1/auth/register", onlyLetters).text("code")).isEqualTo("PASSWORD_CHARACTERS");
        onlyLetters.put("password", "abc1".repeat(16) + "x");
        assertThat(post("/api/v1/auth/register", onlyLetters).text("code")).isEqualTo("PASSWORD_LENGTH");
        assertThat(post("/api/v1/auth/register", "{not json").status()).isEqualTo(400);
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aWrongCodeCountsAndTheFifthWrongCodeKillsIt() {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        String right = smsCode(phone);
        String wrong = right.equals("000000") ? "111111" : "000000";
        Map<String, Object> body = new HashMap<>(Map.of("phone", phone, "smsCode", wrong, "password", "Secret2025",
                "agreementAccepted", true));
        for (int left = 4; left >= 1; left--) {
            Json r = post("/api/v1/auth/register", body);
            assertThat(r.text("detail")).isEqualTo("验证码错误，还可尝试" + left + "次");
        }
        assertThat(post("/api/v1/auth/register", body).text("code")).isEqualTo("SMS_CODE_TOO_MANY_WRONG");
        body.put("smsCode", right);
        assertThat(post("/api/v1/auth/register", body).text("code")).isEqualTo("SMS_CODE_TOO_MANY_WRONG");
        assertThat(jdbc.sql("select count(*) from identity_account where phone = ?").param(phone).query(Long.class).single())
                .isZero();
    }

    @Test
    void anExpiredOrUsedCodeIsRefused() {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        jdbc.sql("update identity_sms_code set expires_at = now() - interval '1 second' where phone = ?").param(phone).update();
        Map<String, Object> body = Map.of("phone", phone, "smsCode", smsCode(phone), "password", "Secret2025",
                "agreementAccepted", true);
        assertThat(post("/api/v1/auth/register", body).text("code")).isEqualTo("SMS_CODE_EXPIRED");

        String other = registeredPhone("Secret2025");
        Map<String, Object> again = Map.of("phone", other, "smsCode", smsCode(other), "password", "Secret2026",
                "agreementAccepted", true);
        assertThat(post("/api/v1/auth/register", again).text("code")).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void aCodeForRegistrationDoesNotResetAPassword() {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_sms_code set created_at = created_at - interval '2 minutes' where phone = ?").param(phone).update();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        Json r = post("/api/v1/auth/password-reset", Map.of("phone", phone, "smsCode", smsCode(phone), "newPassword", "Other2025"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void throttlesCodesPerPhone() {
        String phone = TestIds.phone();
        assertThat(post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER")).status()).isEqualTo(202);
        Json again = post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "RESET_PASSWORD"));
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.text("code")).isEqualTo("SMS_TOO_FREQUENT");
        assertThat(again.text("detail")).matches("发送过于频繁，请\\d+秒后再试");
        assertThat(post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "LOGIN")).text("code"))
                .isEqualTo("SMS_PURPOSE_INVALID");
    }

    /**
     * Ten codes of today, each a little over a minute old (older than the resend interval, so that the daily cap
     * answers and not the interval). In the first minute after midnight (Beijing time) no code can be both, so the
     * test waits that minute out: a run at 00:01:09 counted the tenth code, sent at 23:59:59, for the day before.
     */
    @Test
    void stopsSendingCodesAtTheDailyCap() throws InterruptedException {
        LocalTime time = LocalTime.now(BusinessTime.ZONE);
        LocalTime firstMinute = LocalTime.of(0, 1, 5);
        if (time.isBefore(firstMinute)) {
            Thread.sleep(Duration.between(time, firstMinute).toMillis());
        }
        String phone = TestIds.phone();
        for (int i = 0; i < 10; i++) {
            jdbc.sql("""
                    insert into identity_sms_code (phone, purpose, code_hash, created_at, expires_at)
                    values (?, 'REGISTER', repeat('0', 64), now() - make_interval(secs => (61 + ? / 1000.0)::float8),
                            now())""")
                    .params(phone, i).update();
        }
        Json r = post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.text("code")).isEqualTo("SMS_DAILY_LIMIT");
    }

    @Test
    void aRegisteredPhoneIsToldOnlyToWhoeverHoldsItsCode() {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_sms_code set created_at = created_at - interval '2 minutes' where phone = ?").param(phone).update();
        assertThat(post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER")).status()).isEqualTo(202);
        Json r = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", smsCode(phone), "password", "Secret2025",
                "agreementAccepted", true));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PHONE_REGISTERED");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        String phone = registeredPhone("Secret2025");
        for (int left = 4; left >= 1; left--) {
            Json r = post("/api/v1/auth/login", Map.of("username", phone, "password", "Wrong2025"));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.text("detail")).isEqualTo("账号或密码错误，还可尝试" + left + "次");
        }
        Json locked = post("/api/v1/auth/login", Map.of("username", phone, "password", "Wrong2025"));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.text("detail")).startsWith("密码连续输错5次，账号已锁定，请15分钟后再试");
        // even the right password waits for the lock to end
        assertThat(post("/api/v1/auth/login", Map.of("username", phone, "password", "Secret2025")).status()).isEqualTo(423);
        jdbc.sql("""
                update identity_login_failure set locked_until = now() - interval '1 second'
                where subject_key = (select 'account:' || id from identity_account where phone = ?)""").param(phone).update();
        assertThat(post("/api/v1/auth/login", Map.of("username", phone, "password", "Secret2025")).status()).isEqualTo(200);
    }

    @Test
    void unknownUsersGetTheSameAnswersAsKnownOnes() {
        String unknown = TestIds.phone();
        Json r = post("/api/v1/auth/login", Map.of("username", unknown, "password", "Whatever1"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("detail")).isEqualTo("账号或密码错误，还可尝试4次");
        for (int i = 0; i < 4; i++) {
            r = post("/api/v1/auth/login", Map.of("username", unknown, "password", "Whatever1"));
        }
        assertThat(r.status()).isEqualTo(423);
        assertThat(post("/api/v1/auth/login", Map.of("username", "", "password", "")).text("code")).isEqualTo("REQUIRED");
    }

    @Test
    void demoCitizensLogInWithPhoneOrIdNumber() {
        assertThat(get("/api/v1/me", login("130203197503121017", "Yibao2025")).body().get("person").get("name").asString())
                .isEqualTo("王*国");
        Json me = get("/api/v1/me", login("13800000002", "Yibao2025"));
        assertThat(me.body().get("person").get("idNumber").asString()).isEqualTo("1302**********1028");
    }

    @Test
    void resettingThePasswordEndsEveryTokenAndTheOldPassword() {
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        jdbc.sql("update identity_sms_code set created_at = created_at - interval '2 minutes' where phone = ?").param(phone).update();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "RESET_PASSWORD"));
        Json reset = post("/api/v1/auth/password-reset", Map.of("phone", phone, "smsCode", smsCode(phone),
                "newPassword", "Changed2025"));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(post("/api/v1/auth/login", Map.of("username", phone, "password", "Secret2025")).status()).isEqualTo(401);
        assertThat(login(phone, "Changed2025")).isNotBlank();
    }

    @Test
    void changingThePasswordKeepsThisTokenAndEndsTheOthers() {
        String phone = registeredPhone("Secret2025");
        String here = login(phone, "Secret2025");
        String elsewhere = login(phone, "Secret2025");
        Json wrong = post("/api/v1/me/password", Map.of("oldPassword", "Nope2025", "newPassword", "Changed2025"), here);
        assertThat(wrong.text("detail")).isEqualTo("原密码错误，还可尝试4次");
        Json same = post("/api/v1/me/password", Map.of("oldPassword", "Secret2025", "newPassword", "Secret2025"), here);
        assertThat(same.text("code")).isEqualTo("PASSWORD_UNCHANGED");
        assertThat(post("/api/v1/me/password", Map.of("oldPassword", "Secret2025", "newPassword", "Changed2025"), here)
                .status()).isEqualTo(204);
        assertThat(get("/api/v1/me", here).status()).isEqualTo(200);
        assertThat(get("/api/v1/me", elsewhere).status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheTokenAndLogoutEverywhereEndsThemAll() {
        String phone = registeredPhone("Secret2025");
        String a = login(phone, "Secret2025");
        String b = login(phone, "Secret2025");
        String c = login(phone, "Secret2025");
        assertThat(post("/api/v1/me/logout", Map.of(), a).status()).isEqualTo(204);
        assertThat(get("/api/v1/me", a).status()).isEqualTo(401);
        assertThat(get("/api/v1/me", b).status()).isEqualTo(200);
        assertThat(post("/api/v1/me/logout-all", Map.of(), b).status()).isEqualTo(204);
        assertThat(get("/api/v1/me", b).status()).isEqualTo(401);
        assertThat(get("/api/v1/me", c).status()).isEqualTo(401);
    }

    @Test
    void theApiAnswersProblemJsonWithoutAToken() {
        Json r = get("/api/v1/me", "not-a-token");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(r.text("detail")).isEqualTo("请先登录");
    }
}
