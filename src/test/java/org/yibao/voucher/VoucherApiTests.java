package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.identity.EvoucherPasswordCheck;
import org.yibao.support.YibaoHttpTest;

/** Citizen REST API for the e-voucher (API.md §3): activation with face and password, channels, 展码 and who may. */
class VoucherApiTests extends YibaoHttpTest {

    @Autowired
    EvoucherPasswordCheck passwords;

    /** A fresh account linked to a fresh insured person; with or without an active e-voucher. */
    private record Citizen(String token, TestPerson person) {
    }

    private Citizen citizen(String name, String evoucherPassword) {
        TestPerson person = insuredPerson(name, "130200", "246810", evoucherPassword);
        String phone = registeredPhone("Secret2025");
        jdbc.sql("""
                update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', real_name_at = now()
                where phone = ?""").params(person.id(), phone).update();
        return new Citizen(login(phone, "Secret2025"), person);
    }

    private String passedFace(String token, String purpose) {
        Json started = post("/api/v1/voucher/face-verifications", Map.of("purpose", purpose), token);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.text("path")).isEqualTo("/face/" + started.text("id"));
        Json attempt = post("/api/v1/voucher/face-verifications/" + started.text("id") + "/attempts",
                Map.of("frames", org.yibao.support.CameraFrames.three()), token);
        assertThat(attempt.text("outcome")).isEqualTo("PASSED");
        return started.text("id");
    }

    private Json activate(String token, String channel, String face, String password, String confirm) {
        return post("/api/v1/voucher/activation", Map.of("channel", channel, "faceVerificationId", face,
                "password", password, "confirmPassword", confirm), token);
    }

    @Test
    void activationRefusesRepeatedSequentialAndDifferingPasswordsAndKeepsTheFaceForTheNextTry() {
        Citizen c = citizen("冯晓东", null);
        assertThat(get("/api/v1/voucher", c.token()).text("state")).isEqualTo("NOT_ACTIVATED");
        String face = passedFace(c.token(), "ACTIVATION");
        Json repeated = activate(c.token(), "NHSA_APP", face, "111111", "111111");
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.text("code")).isEqualTo("VOUCHER_PASSWORD_REPEATED");
        assertThat(repeated.text("detail")).isEqualTo("支付密码不能是重复的数字（如111111）");
        assertThat(activate(c.token(), "NHSA_APP", face, "123456", "123456").text("code")).isEqualTo("VOUCHER_PASSWORD_SEQUENTIAL");
        assertThat(activate(c.token(), "NHSA_APP", face, "654321", "654321").text("code")).isEqualTo("VOUCHER_PASSWORD_SEQUENTIAL");
        assertThat(activate(c.token(), "NHSA_APP", face, "13579", "13579").text("code")).isEqualTo("VOUCHER_PASSWORD_FORMAT");
        assertThat(activate(c.token(), "NHSA_APP", face, "135790", "135791").text("code")).isEqualTo("VOUCHER_PASSWORD_MISMATCH");

        Json ok = activate(c.token(), "NHSA_APP", face, "135790", "135790");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("state")).isEqualTo("ACTIVE");
        assertThat(activate(c.token(), "WECHAT", face, "", "").text("code")).as("a face verification is used once")
                .isEqualTo("FACE_REQUIRED");
        assertThat(jdbc.sql("select count(*) from common_audit_record where action = 'VOUCHER_ACTIVATED' and subject = ?")
                .param("person:" + c.person().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void activationNeedsAPassedFaceVerificationOfThatPerson() {
        Citizen c = citizen("冯晓南", null);
        Json none = activate(c.token(), "NHSA_APP", "nope", "135790", "135790");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.text("code")).isEqualTo("FACE_REQUIRED");
        Json started = post("/api/v1/voucher/face-verifications", Map.of("purpose", "ACTIVATION"), c.token());
        assertThat(activate(c.token(), "NHSA_APP", started.text("id"), "135790", "135790").text("code"))
                .as("started but not passed").isEqualTo("FACE_REQUIRED");
        Citizen other = citizen("冯晓西", null);
        String othersFace = passedFace(other.token(), "ACTIVATION");
        assertThat(activate(c.token(), "NHSA_APP", othersFace, "135790", "135790").text("code"))
                .as("another person's face").isEqualTo("FACE_REQUIRED");
        assertThat(post("/api/v1/voucher/face-verifications/" + othersFace + "/attempts", "", c.token()).status())
                .as("nor may one perform another account's verification").isEqualTo(404);
    }

    @Test
    void activationOnASecondChannelKeepsThePassword() {
        Citizen c = citizen("冯晓北", null);
        activate(c.token(), "ALIPAY", passedFace(c.token(), "ACTIVATION"), "246813", "246813");
        Json second = activate(c.token(), "BANK", passedFace(c.token(), "ACTIVATION"), "", "");
        assertThat(second.status()).isEqualTo(200);
        assertThat(get("/api/v1/voucher", c.token()).body().get("channels").toString()).contains("ALIPAY", "BANK");
        assertThat(passwords.verify(c.person().id(), "246813")).isEqualTo(EvoucherPasswordCheck.Outcome.VERIFIED);
        Json again = activate(c.token(), "BANK", passedFace(c.token(), "ACTIVATION"), "", "");
        assertThat(again.text("code")).isEqualTo("VOUCHER_CHANNEL_ACTIVE");
    }

    @Test
    void changingThePasswordNeedsTheOldOneAndFollowsTheSameRules() {
        Citizen c = citizen("冯晓春", "135790");
        Json wrong = post("/api/v1/voucher/password", Map.of("oldPassword", "975310", "newPassword", "246813",
                "confirmPassword", "246813"), c.token());
        assertThat(wrong.text("code")).isEqualTo("VOUCHER_PASSWORD_WRONG");
        assertThat(post("/api/v1/voucher/password", Map.of("oldPassword", "135790", "newPassword", "888888",
                "confirmPassword", "888888"), c.token()).text("code")).isEqualTo("VOUCHER_PASSWORD_REPEATED");
        assertThat(post("/api/v1/voucher/password", Map.of("oldPassword", "135790", "newPassword", "246813",
                "confirmPassword", "246813"), c.token()).status()).isEqualTo(204);
        assertThat(passwords.verify(c.person().id(), "246813")).isEqualTo(EvoucherPasswordCheck.Outcome.VERIFIED);
    }

    @Test
    void aCitizenGetsTheirOwnCodeButNotTheCodeOfAPersonTheyAreNotBoundTo() {
        Citizen c = citizen("冯晓夏", "135790");
        Json own = get("/api/v1/voucher/qrcode", c.token());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("qrCode")).startsWith("YB");
        assertThat(own.text("expiresAt")).isNotBlank();
        assertThat(get("/api/v1/voucher/qrcode?personId=" + c.person().id(), c.token()).status()).isEqualTo(200);

        TestPerson stranger = insuredPerson("冯晓秋", "130200", "246810", "135790");
        Json refused = get("/api/v1/voucher/qrcode?personId=" + stranger.id(), c.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("VOUCHER_PERSON_NOT_BOUND");
    }

    @Test
    void withoutAnActiveEvoucherOrRealNameThereIsNoCode() {
        Citizen inactive = citizen("冯晓冬", null);
        Json r = get("/api/v1/voucher/qrcode", inactive.token());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("VOUCHER_NOT_ACTIVE");
        String unverified = login(registeredPhone("Secret2025"), "Secret2025");
        assertThat(get("/api/v1/voucher/qrcode", unverified).text("code")).isEqualTo("REAL_NAME_REQUIRED");
        assertThat(get("/api/v1/voucher/qrcode", null).status()).isEqualTo(401);
    }
}
