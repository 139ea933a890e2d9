package org.yibao.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessException;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.common.Throttled;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;
import org.yibao.identity.SmsPurpose;
import org.yibao.support.ProviderStub;
import org.yibao.support.ProviderStub.Received;
import org.yibao.support.ProviderStub.Reply;

/**
 * The SMS adapters on the providers' official SDKs, against a local stand-in of each provider's HTTP interface: what
 * the SDK sends (action, template, signature, phone, parameters) and how each documented answer is taken, retried
 * and told to the person.
 */
class SmsProvidersTests {

    private static final ProviderStub STUB = new ProviderStub();
    private static final PhoneNumber PHONE = new PhoneNumber("13800000001");
    private static final SmsMessage REGISTER = SmsMessage.verificationCode(SmsPurpose.REGISTER, "482913", 5);

    private static final Reply ALIYUN_OK = new Reply(200,
            "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"F655A8D5\"}");
    private static final Reply ALIYUN_PHONE_LIMIT = new Reply(200,
            "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\",\"RequestId\":\"R2\"}");
    private static final Reply ALIYUN_THROTTLED = new Reply(400, "{\"RequestId\":\"R3\",\"HostId\":\"dysmsapi.aliyuncs.com\","
            + "\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}");
    private static final Reply ALIYUN_BAD_TEMPLATE = new Reply(200,
            "{\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"该账号下找不到对应模板\",\"RequestId\":\"R4\"}");

    private static final Reply TENCENT_OK = new Reply(200, "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1045\","
            + "\"PhoneNumber\":\"+8613800000001\",\"Fee\":1,\"SessionContext\":\"\",\"Code\":\"Ok\","
            + "\"Message\":\"send success\",\"IsoCode\":\"CN\"}],\"RequestId\":\"a0aabda6\"}}");
    private static final Reply TENCENT_PHONE_LIMIT = new Reply(200, "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"\","
            + "\"PhoneNumber\":\"+8613800000001\",\"Fee\":0,\"SessionContext\":\"\","
            + "\"Code\":\"LimitExceeded.PhoneNumberThirtySecondLimit\","
            + "\"Message\":\"单个手机号30秒内下发短信条数超过设定的上限\",\"IsoCode\":\"CN\"}],\"RequestId\":\"b1\"}}");
    private static final Reply TENCENT_THROTTLED = new Reply(200, "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\","
            + "\"Message\":\"请求的次数超过了频率限制。\"},\"RequestId\":\"c2\"}}");
    private static final Reply TENCENT_BAD_NUMBER = new Reply(200, "{\"Response\":{\"Error\":{"
            + "\"Code\":\"InvalidParameterValue.IncorrectPhoneNumber\",\"Message\":\"手机号格式错误。\"},\"RequestId\":\"d3\"}}");

    @AfterAll
    static void stop() {
        STUB.close();
    }

    private static SmsProperties properties(String provider, int maxAttempts) {
        return new SmsProperties(provider, "LTAI-test-key", "test-secret", "ap-guangzhou", STUB.endpoint(), "http",
                "智慧医保", "1400787878", Map.of(SmsPurpose.REGISTER, "SMS_274550001",
                SmsPurpose.RESET_PASSWORD, "SMS_274550002"), maxAttempts, Duration.ofMillis(10));
    }

    private static void deliver(SmsGateway gateway, SmsProperties properties) {
        new SmsDelivery(properties).send(gateway, PHONE, REGISTER);
    }

    @Test
    void aliyunSendsTheKindsTemplateTheSignatureThePhoneAndTheCodeAsTemplateJson() throws Exception {
        STUB.answer(ALIYUN_OK);
        SmsProperties p = properties("aliyun", 3);
        deliver(new AliyunSmsGateway(p), p);
        assertThat(STUB.received()).hasSize(1);
        Received r = STUB.received().get(0);
        assertThat(r.header("x-acs-action")).isEqualTo("SendSms");
        assertThat(r.header("x-acs-version")).isEqualTo("2017-05-25");
        assertThat(r.header("authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI-test-key,")
                .doesNotContain("test-secret");
        assertThat(r.query()).containsEntry("PhoneNumbers", "13800000001").containsEntry("SignName", "智慧医保")
                .containsEntry("TemplateCode", "SMS_274550001")
                .containsEntry("TemplateParam", "{\"code\":\"482913\",\"minutes\":\"5\"}");
    }

    @Test
    void aliyunRetriesTheAccountsFlowControlAndThenDelivers() throws Exception {
        STUB.answer(ALIYUN_THROTTLED, ALIYUN_OK);
        SmsProperties p = properties("aliyun", 3);
        deliver(new AliyunSmsGateway(p), p);
        assertThat(STUB.received()).hasSize(2);
    }

    @Test
    void aliyunsLimitForThePhoneIsToldAsTooFrequentWithoutARetry() throws Exception {
        STUB.answer(ALIYUN_PHONE_LIMIT);
        SmsProperties p = properties("aliyun", 3);
        AliyunSmsGateway gateway = new AliyunSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(Throttled.class, e -> {
            assertThat(e.code()).isEqualTo("SMS_PROVIDER_TOO_FREQUENT");
            assertThat(e.retryAfterSeconds()).isEqualTo(60);
        });
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void aliyunGivesUpAfterTheConfiguredTriesAsBusy() throws Exception {
        STUB.answer(ALIYUN_THROTTLED);
        SmsProperties p = properties("aliyun", 3);
        AliyunSmsGateway gateway = new AliyunSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE);
            assertThat(e.code()).isEqualTo("SMS_PROVIDER_BUSY");
        });
        assertThat(STUB.received()).hasSize(3);
    }

    @Test
    void aliyunsRefusedTemplateIsAFailureNotRetried() throws Exception {
        STUB.answer(ALIYUN_BAD_TEMPLATE);
        SmsProperties p = properties("aliyun", 3);
        AliyunSmsGateway gateway = new AliyunSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("SMS_PROVIDER_FAILED"));
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void tencentSendsTheAppTheKindsTemplateTheSignatureTheCountryPhoneAndTheParametersInOrder() {
        STUB.answer(TENCENT_OK);
        SmsProperties p = properties("tencent", 3);
        deliver(new TencentSmsGateway(p), p);
        assertThat(STUB.received()).hasSize(1);
        Received r = STUB.received().get(0);
        assertThat(r.header("x-tc-action")).isEqualTo("SendSms");
        assertThat(r.header("x-tc-version")).isEqualTo("2021-01-11");
        assertThat(r.header("x-tc-region")).isEqualTo("ap-guangzhou");
        assertThat(r.header("authorization")).startsWith("TC3-HMAC-SHA256 Credential=LTAI-test-key/")
                .doesNotContain("test-secret");
        assertThat(r.body()).contains("\"PhoneNumberSet\":[\"+8613800000001\"]", "\"SmsSdkAppId\":\"1400787878\"",
                "\"TemplateId\":\"SMS_274550001\"", "\"SignName\":\"智慧医保\"",
                "\"TemplateParamSet\":[\"482913\",\"5\"]");
    }

    @Test
    void tencentRetriesTheRequestLimitAndThenDelivers() {
        STUB.answer(TENCENT_THROTTLED, TENCENT_THROTTLED, TENCENT_OK);
        SmsProperties p = properties("tencent", 3);
        deliver(new TencentSmsGateway(p), p);
        assertThat(STUB.received()).hasSize(3);
    }

    @Test
    void tencentsLimitForThePhoneIsToldAsTooFrequentWithoutARetry() {
        STUB.answer(TENCENT_PHONE_LIMIT);
        SmsProperties p = properties("tencent", 3);
        TencentSmsGateway gateway = new TencentSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(Throttled.class,
                e -> assertThat(e.code()).isEqualTo("SMS_PROVIDER_TOO_FREQUENT"));
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void tencentsRefusedNumberIsToldAtThePhoneField() {
        STUB.answer(TENCENT_BAD_NUMBER);
        SmsProperties p = properties("tencent", 3);
        TencentSmsGateway gateway = new TencentSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.INVALID);
            assertThat(e.errors()).extracting(BusinessException.FieldError::code).containsExactly("SMS_NUMBER_REJECTED");
        });
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void aProviderThatDoesNotAnswerIsBusyAfterTheTries() {
        SmsProperties p = new SmsProperties("tencent", "id", "secret", "ap-guangzhou", "127.0.0.1:9", "http",
                "智慧医保", "1400787878", Map.of(SmsPurpose.REGISTER, "1", SmsPurpose.RESET_PASSWORD, "2"), 2,
                Duration.ofMillis(10));
        TencentSmsGateway gateway = new TencentSmsGateway(p);
        assertThatThrownBy(() -> deliver(gateway, p)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("SMS_PROVIDER_BUSY"));
    }

    @Test
    void aProviderWithoutItsTemplatesDoesNotStartAndNamesWhatIsMissing() {
        SmsProperties p = new SmsProperties("aliyun", "id", "", "ap-guangzhou", null, "https", "智慧医保", null,
                Map.of(SmsPurpose.REGISTER, "SMS_1"), 3, Duration.ofMillis(10));
        assertThatThrownBy(() -> new AliyunSmsGateway(p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("yibao.sms.key-secret").hasMessageContaining("yibao.sms.templates.RESET_PASSWORD")
                .hasMessageNotContaining("id,");
    }
}
