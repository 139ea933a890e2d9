package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.support.ProviderStub;
import org.yibao.support.ProviderStub.Reply;
import org.yibao.support.TestIds;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/**
 * Yibao with 阿里云短信 configured (its endpoint a local stand-in): a code goes to the provider, not to the demo
 * outbox, and works; the provider's refusal reaches the person as a clear Chinese message and stores no code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yibao.sms.provider=aliyun", "yibao.sms.key-id=LTAI-test-key", "yibao.sms.key-secret=test-secret",
        "yibao.sms.protocol=http", "yibao.sms.sign-name=智慧医保", "yibao.sms.templates.REGISTER=SMS_274550001",
        "yibao.sms.templates.RESET_PASSWORD=SMS_274550002", "yibao.sms.retry-delay=10ms",
        "spring.modulith.events.republish-outstanding-events-on-restart=false"})
class SmsProviderHttpTests extends YibaoHttpTest {

    /** Lives as long as the test JVM: the cached application context keeps calling it (a rerun too). */
    private static final ProviderStub ALIYUN = new ProviderStub();

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("yibao.sms.endpoint", ALIYUN::endpoint);
    }

    @Autowired
    @Qualifier("smsHealthIndicator")
    HealthIndicator smsHealth;

    @Test
    void theCodeTheProviderReceivedRegistersTheAccountAndNothingGoesToTheOutbox() {
        ALIYUN.answer(new Reply(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1^0\",\"RequestId\":\"A1\"}"));
        String phone = TestIds.phone();
        assertThat(post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER")).status()).isEqualTo(202);
        assertThat(ALIYUN.received()).hasSize(1);
        Map<String, String> query = ALIYUN.received().get(0).query();
        assertThat(query).containsEntry("PhoneNumbers", phone).containsEntry("TemplateCode", "SMS_274550001");
        JsonNode parameters = JSON.readTree(query.get("TemplateParam"));
        String code = parameters.get("code").asString();
        assertThat(code).matches("\\d{6}");
        assertThat(count("select count(*) from identity_sms_outbox where phone = ?", phone)).isZero();

        Json registered = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", code,
                "password", "Secret2025", "agreementAccepted", true));
        assertThat(registered.status()).isEqualTo(201);
    }

    @Test
    void theProvidersLimitForThePhoneIsToldInChineseAndNoCodeIsStored() {
        ALIYUN.answer(new Reply(200,
                "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发小时级流控Permits:5\",\"RequestId\":\"A2\"}"));
        String phone = TestIds.phone();
        Json r = post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.text("detail")).isEqualTo("短信发送过于频繁，请稍后再试");
        assertThat(count("select count(*) from identity_sms_code where phone = ?", phone)).isZero();
    }

    @Test
    void healthNamesTheProviderAsConfiguredWithoutItsSecret() {
        var health = smsHealth.health();
        assertThat(health.getStatus().getDescription()).isEqualTo("configured");
        assertThat(health.getDetails()).containsEntry("provider", "AliyunSmsGateway");
        assertThat(health.getDetails().toString()).doesNotContain("test-secret").doesNotContain("LTAI-test-key");
        Json public_ = get("/manage/health", null);
        assertThat(public_.body().get("components").get("sms").get("description").asString()).isEqualTo("configured");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
