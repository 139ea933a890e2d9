package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.YibaoHttpTest;

/** 实名认证 links an account to exactly one insured person, by e-voucher password or by social security card. */
class RealNameApiTests extends YibaoHttpTest {

    private Map<String, Object> byEvoucher(TestPerson p, String password) {
        return new HashMap<>(Map.of("method", "EVOUCHER", "name", p.name(), "idNumber", p.idNumber(),
                "evoucherPassword", password));
    }

    private Long linkedPerson(String phone) {
        return jdbc.sql("select person_id from identity_account where phone = ?").param(phone).query(Long.class).optional()
                .orElse(null);
    }

    @Test
    void linksTheAccountByEvoucherPasswordAndThenLogsInByIdNumber() {
        TestPerson p = insuredPerson("赵一鸣", "130600", "246810", "135790");
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        Json me = post("/api/v1/me/real-name", byEvoucher(p, "135790"), token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("realNameVerified").asBoolean()).isTrue();
        assertThat(me.body().get("person").get("name").asString()).isEqualTo("赵*鸣");
        assertThat(me.body().get("person").get("idNumber").asString()).isEqualTo(p.idNumber().substring(0, 4)
                + "**********" + p.idNumber().substring(14));
        assertThat(linkedPerson(phone)).isEqualTo(p.id());
        assertThat(login(p.idNumber(), "Secret2025")).isNotBlank();
        assertThat(post("/api/v1/me/real-name", byEvoucher(p, "135790"), token).text("code")).isEqualTo("REAL_NAME_DONE");
    }

    @Test
    void linksTheAccountBySocialSecurityCard() {
        TestPerson p = insuredPerson("钱多多", "341100", "864209", null);
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        Json wrongCard = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", p.name(),
                "idNumber", p.idNumber(), "cardNumber", p.cardNumber(), "cardPassword", "111111"), token);
        assertThat(wrongCard.text("detail")).isEqualTo("姓名、身份证号码与密码不匹配，请核对后重试（今日还可尝试4次）");
        Json ok = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", p.name(),
                "idNumber", p.idNumber(), "cardNumber", p.cardNumber().toLowerCase(), "cardPassword", "864209"), token);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("realNameMethod")).isEqualTo("SOCIAL_CARD");
    }

    @Test
    void aPersonLinkedToAnotherAccountIsRefused() {
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        Json r = post("/api/v1/me/real-name", Map.of("method", "EVOUCHER", "name", "王建国",
                "idNumber", "130203197503121017", "evoucherPassword", "135790"), token);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PERSON_LINKED_ELSEWHERE");
        assertThat(linkedPerson(phone)).isNull();
    }

    @Test
    void refusesBadInputAndMismatchesWithoutLinking() {
        TestPerson p = insuredPerson("孙立新", "360600", "246810", "135790");
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        Map<String, Object> badId = byEvoucher(p, "135790");
        badId.put("idNumber", p.idNumber().substring(0, 17) + (p.idNumber().endsWith("1") ? "2" : "1"));
        assertThat(post("/api/v1/me/real-name", badId, token).text("code")).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(post("/api/v1/me/real-name", Map.of("method", "FACE"), token).body().get("errors")
                .findValuesAsString("code")).contains("REAL_NAME_METHOD_REQUIRED", "REQUIRED");
        assertThat(post("/api/v1/me/real-name", byEvoucher(p, "12345"), token).text("code")).isEqualTo("SIX_DIGITS");
        Map<String, Object> wrongName = byEvoucher(p, "135790");
        wrongName.put("name", "孙立");
        assertThat(post("/api/v1/me/real-name", wrongName, token).text("code")).isEqualTo("REAL_NAME_MISMATCH");
        assertThat(linkedPerson(phone)).isNull();
    }

    @Test
    void aPersonWithoutEvoucherIsToldToUseTheCard() {
        TestPerson p = insuredPerson("李无码", "130200", "246810", null);
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        Json r = post("/api/v1/me/real-name", byEvoucher(p, "135790"), token);
        assertThat(r.text("code")).isEqualTo("EVOUCHER_NOT_ACTIVATED");
    }

    @Test
    void fiveWrongEvoucherPasswordsLockTheEvoucherAndStopTheAccountForTheDay() {
        TestPerson p = insuredPerson("周密码", "130600", "246810", "135790");
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        for (int left = 4; left >= 1; left--) {
            assertThat(post("/api/v1/me/real-name", byEvoucher(p, "000000"), token).text("detail"))
                    .endsWith("（今日还可尝试" + left + "次）");
        }
        Json fifth = post("/api/v1/me/real-name", byEvoucher(p, "000000"), token);
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.text("code")).isEqualTo("EVOUCHER_LOCKED");
        assertThat(post("/api/v1/me/real-name", byEvoucher(p, "135790"), token).text("code")).isEqualTo("REAL_NAME_TOO_MANY");

        String other = login(registeredPhone("Secret2025"), "Secret2025");
        Json locked = post("/api/v1/me/real-name", byEvoucher(p, "135790"), other);
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.text("code")).isEqualTo("EVOUCHER_LOCKED");
    }
}
