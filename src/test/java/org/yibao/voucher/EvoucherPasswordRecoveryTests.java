package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 实名认证 → 忘记密码 works before real-name verification: the person passes a face check, sets a new e-voucher
 * password, and real-name verification with it succeeds; lookups are throttled per account and day.
 */
class EvoucherPasswordRecoveryTests extends YibaoHttpTest {

    private static final String PAGE = "/voucher/password/recover";

    private WebSession citizen(String phone) {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        return web;
    }

    @Test
    void theFacePageWithoutCameraPicturesSaysWhatToDoAndCountsNoTry() {
        TestPerson p = insuredPerson("蓝无像", "130200", "246810", "135790");
        WebSession web = citizen(registeredPhone("Secret2025"));
        HttpResponse<String> face = web.submit(PAGE, PAGE, Map.of("name", p.name(), "idNumber", p.idNumber()));
        assertThat(face.body()).contains("无法使用摄像头", "北京通", "医保经办大厅", "不保存到服务器磁盘、数据库或日志");
        HttpResponse<String> refused = web.submit(face.uri().getPath(), face.uri().getPath(), Map.of());
        assertThat(refused.uri().getPath()).isEqualTo(face.uri().getPath());
        assertThat(refused.body()).contains("未收到摄像头拍摄的照片");
        String id = face.uri().getPath().substring("/face/".length());
        assertThat(jdbc.sql("select attempts from voucher_face_verification where id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAccountWithoutRealNameResetsTheEvoucherPasswordByFaceAndThenVerifiesWithIt() {
        TestPerson p = insuredPerson("蓝忘密", "130200", "246810", "135790");
        String phone = registeredPhone("Secret2025");
        WebSession web = citizen(phone);
        assertThat(web.get("/real-name").body()).contains("href=\"/voucher/password/recover\"");

        HttpResponse<String> face = web.submit(PAGE, PAGE, Map.of("name", p.name(), "idNumber", p.idNumber()));
        assertThat(face.uri().getPath()).startsWith("/face/");
        HttpResponse<String> passed = web.submit(face.uri().getPath(), face.uri().getPath(),
                Map.of("frame", org.yibao.support.CameraFrames.dataUrl()));
        assertThat(passed.uri().getPath()).isEqualTo(PAGE);
        String faceId = passed.uri().getQuery().replace("faceVerification=", "");
        assertThat(passed.body()).contains("recover-password-form");

        HttpResponse<String> done = web.submit(PAGE + "?faceVerification=" + faceId, PAGE + "/password",
                Map.of("faceVerificationId", faceId, "newPassword", "258036", "confirmPassword", "258036"));
        assertThat(done.uri().getPath()).isEqualTo("/real-name");
        assertThat(done.body()).contains("医保电子凭证支付密码已重置");

        Json verified = post("/api/v1/me/real-name", Map.of("method", "EVOUCHER", "name", p.name(),
                "idNumber", p.idNumber(), "evoucherPassword", "258036"), login(phone, "Secret2025"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    }

    @Test
    void refusesAWrongNameAlikeAndASixthLookupInOneDayBeforeLookingUp() {
        TestPerson p = insuredPerson("蓝限次", "130200", "246810", "135790");
        WebSession web = citizen(registeredPhone("Secret2025"));
        for (int i = 1; i <= 5; i++) {
            String body = web.submit(PAGE, PAGE, Map.of("name", "蓝错名", "idNumber", p.idNumber())).body();
            assertThat(body).contains("今日还可尝试" + (5 - i) + "次");
        }
        long faces = jdbc.sql("select count(*) from voucher_face_verification where person_id = ?").param(p.id())
                .query(Long.class).single();
        HttpResponse<String> sixth = web.submit(PAGE, PAGE, Map.of("name", p.name(), "idNumber", p.idNumber()));
        assertThat(sixth.uri().getPath()).isEqualTo(PAGE);
        assertThat(sixth.body()).contains("请明天再试");
        assertThat(jdbc.sql("select count(*) from voucher_face_verification where person_id = ?").param(p.id())
                .query(Long.class).single()).isEqualTo(faces);
    }
}
