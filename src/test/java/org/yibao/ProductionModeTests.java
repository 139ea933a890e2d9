package org.yibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.yibao.identity.SmsGateway;
import org.yibao.insured.TaxPaymentGateway;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import org.yibao.voucher.FaceVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Yibao without the demo profile, as a deployment runs it (here on the tests' embedded cluster, behind a TLS proxy
 * whose headers are trusted): no demo adapter loads, and what needs a provider that is not configured answers a
 * clear 503 and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yibao.demo=false", "server.forward-headers-strategy=native",
        // the demo contexts of the same run handle their own events
        "spring.modulith.events.republish-outstanding-events-on-restart=false"})
class ProductionModeTests extends YibaoHttpTest {

    private static final String PASSWORD = "Secret2025";

    @Autowired
    ApplicationContext context;

    @Test
    void noDemoPartIsLoaded() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
        assertThat(context.getBeansOfType(SmsGateway.class)).isEmpty();
        assertThat(context.getBeansOfType(FaceVerifier.class)).isEmpty();
        assertThat(context.getBeansOfType(TaxPaymentGateway.class)).isEmpty();
        List<String> demoBeans = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType).filter(t -> t != null)
                .map(Class::getSimpleName)
                .filter(n -> n.startsWith("Demo") || n.contains("DemoData") || n.startsWith("DevSms")
                        || n.startsWith("OutboxSms"))
                .toList();
        assertThat(demoBeans).isEmpty();
    }

    @Test
    void theSmsOutboxIsNotServed() {
        assertThat(get("/dev/sms-outbox?phone=" + TestIds.phone(), null).status()).isEqualTo(404);
    }

    @Test
    void anSmsCodeIsRefusedWithoutAProviderAndNothingIsStored() {
        String phone = TestIds.phone();
        Json r = post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.text("code")).isEqualTo("SMS_NOT_CONFIGURED");
        assertThat(r.text("detail")).isEqualTo("未配置短信服务，请联系管理员");
        assertThat(count("select count(*) from identity_sms_code where phone = ?", phone)).isZero();
        assertThat(count("select count(*) from identity_sms_outbox where phone = ?", phone)).isZero();
    }

    @Test
    void theRegisterPageSaysNoSmsServiceIsConfiguredAndStoresNothing() {
        String phone = TestIds.phone();
        HttpResponse<String> page = new WebSession(port).submit("/register", "/register",
                Map.of("action", "send-code", "phone", phone));
        assertThat(page.body()).contains("未配置短信服务，请联系管理员").doesNotContain("验证码已发送至");
        assertThat(count("select count(*) from identity_sms_code where phone = ?", phone)).isZero();
    }

    @Test
    void faceVerificationIsRefusedWithoutAProviderAndNoEVoucherIsActivated() {
        Citizen c = verifiedCitizen("韩冰");
        Json r = post("/api/v1/voucher/face-verifications", Map.of("purpose", "ACTIVATION"), c.token());
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.text("code")).isEqualTo("FACE_NOT_CONFIGURED");
        assertThat(r.text("detail")).isEqualTo("未配置人脸识别服务，请联系管理员");
        assertThat(post("/api/v1/voucher/face-verifications/" + UUID.randomUUID() + "/attempts", "{}", c.token())
                .status()).isEqualTo(503);
        assertThat(count("select count(*) from voucher_face_verification where person_id = ?", c.personId())).isZero();
        assertThat(count("select count(*) from voucher_evoucher where person_id = ?", c.personId())).isZero();
    }

    @Test
    void aTaxPaymentIsRefusedWithoutAChannelAndNoOrderIsCreated() {
        Citizen c = verifiedCitizen("韩霜");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        jdbc.sql("""
                insert into insured_region_parameter (region_code, year, resident_individual_fen, resident_subsidy_fen,
                    enrollment_review) values ('130600', ?, 40000, 70000, 'AUTO') on conflict do nothing""")
                .param(year).update();
        Json r = post("/api/v1/premium-payments", Map.of("personId", c.personId(), "year", year, "channel", "TAX",
                "idempotencyKey", UUID.randomUUID().toString()), c.token());
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.text("code")).isEqualTo("TAX_CHANNEL_NOT_CONFIGURED");
        assertThat(r.text("detail")).isEqualTo("未配置税务缴费渠道，请联系管理员");
        assertThat(count("select count(*) from insured_premium_payment where person_id = ?", c.personId())).isZero();
    }

    @Test
    void healthListsEachProviderAsNotConfiguredAndStaysUp() {
        Json health = get("/manage/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.body().has("description")).as("a provider's note is not the whole's").isFalse();
        JsonNode components = health.body().get("components");
        for (String provider : new String[] {"sms", "face", "tax", "selfpay", "bank"}) {
            assertThat(components.get(provider).get("status").asString()).as(provider).isEqualTo("UP");
            assertThat(components.get(provider).get("description").asString()).as(provider).isEqualTo("not configured");
        }
        assertThat(components.has("refundBank")).as("one bank port pays 拨付 and 清退").isFalse();
        assertThat(get("/manage/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void behindATlsProxyPagesAskForHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> overTls = page("/login", "https");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age="));
        assertThat(sessionCookie(overTls)).contains("; Secure").contains("HttpOnly");

        HttpResponse<String> plain = page("/login", null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
    }

    private HttpResponse<String> page(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET();
        if (forwardedProto != null) {
            b.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("YIBAO_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }

    private record Citizen(String token, long personId) {
    }

    /** An account registered with a code stored as if sent, then linked by social security card to a new resident. */
    private Citizen verifiedCitizen(String name) {
        String phone = TestIds.phone();
        jdbc.sql("""
                insert into identity_sms_code (phone, purpose, code_hash, created_at, expires_at)
                values (?, 'REGISTER', ?, now(), now() + interval '5 minutes')""")
                .params(phone, sha256(phone + "|REGISTER|135246")).update();
        Json registered = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", "135246", "password",
                PASSWORD, "agreementAccepted", true));
        assertThat(registered.status()).as("registration").isEqualTo(201);
        String token = login(phone, PASSWORD);
        // the pooling region is reference data the demo loads; this context may run before any demo context
        jdbc.sql("""
                insert into catalog_pooling_region (code, name, province_code, province_name, agency_code, agency_name)
                values ('130600', '保定市', '130000', '河北省', '130600', '保定市医疗保障局') on conflict (code) do nothing""")
                .update();
        TestPerson person = insuredPerson(name, "130600", "246810", null);
        Json linked = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(),
                "idNumber", person.idNumber(), "cardNumber", person.cardNumber(), "cardPassword", "246810"), token);
        assertThat(linked.status()).as("real-name verification").isEqualTo(200);
        return new Citizen(token, person.id());
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
