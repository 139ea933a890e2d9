package org.yibao.identity.internal;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyun.teautil.Common;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;
import org.yibao.identity.SmsSendFailure;
import org.yibao.identity.SmsSendFailure.Reason;

/**
 * 阿里云短信 ({@code dysmsapi} 2017-05-25, action SendSms) through Alibaba Cloud's official SDK: the template of the
 * message's kind, the configured signature, the parameters as the template's JSON ({"code":…,"minutes":…}).
 * Chosen by {@code yibao.sms.provider=aliyun}; preferred to the demo outbox when both exist.
 */
@Component
@Primary
@ConditionalOnProperty(prefix = "yibao.sms", name = "provider", havingValue = "aliyun")
class AliyunSmsGateway implements SmsGateway {

    /** The limits per phone (per minute, hour, day) and per day of the account's SMS service. */
    private static final Set<String> PHONE_LIMITED = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL");
    private static final Set<String> NUMBER_REJECTED = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.BLACK_KEY_CONTROL_LIMIT");
    private static final Set<String> TRANSIENT = Set.of("Throttling", "Throttling.User", "Throttling.Api",
            "ServiceUnavailable", "InternalError", "isp.SYSTEM_ERROR", "isv.OUT_OF_SERVICE_TIME");

    private final SmsProperties properties;
    private final Client client;

    AliyunSmsGateway(SmsProperties properties) throws Exception {
        properties.requireComplete(false);
        this.properties = properties;
        Config config = new Config().setAccessKeyId(properties.keyId()).setAccessKeySecret(properties.keySecret())
                .setProtocol(properties.protocol().toUpperCase(java.util.Locale.ROOT))
                .setConnectTimeout(3000).setReadTimeout(5000);
        config.setEndpoint(properties.endpoint() == null || properties.endpoint().isBlank()
                ? "dysmsapi.aliyuncs.com" : properties.endpoint());
        this.client = new Client(config);
    }

    @Override
    public void send(PhoneNumber phone, SmsMessage message) {
        SendSmsRequest request = new SendSmsRequest().setPhoneNumbers(phone.value())
                .setSignName(properties.signName()).setTemplateCode(properties.template(message.kind()))
                .setTemplateParam(Common.toJSONString(message.parameters()));
        SendSmsResponseBody answer;
        try {
            answer = client.sendSmsWithOptions(request, new RuntimeOptions()).getBody();
        } catch (TeaException e) {
            throw failure(e.getCode(), e);
        } catch (Exception e) {
            // no answer at all (connection, timeout): the SDK's retryable and I/O exceptions
            throw new SmsSendFailure(Reason.TRANSIENT, "NO_ANSWER", e);
        }
        if (answer == null || !"OK".equals(answer.getCode())) {
            throw failure(answer == null ? "EMPTY" : answer.getCode(), null);
        }
    }

    private static SmsSendFailure failure(String code, Throwable cause) {
        Reason reason = PHONE_LIMITED.contains(code) ? Reason.PHONE_LIMITED
                : NUMBER_REJECTED.contains(code) ? Reason.NUMBER_REJECTED
                : TRANSIENT.contains(code) ? Reason.TRANSIENT : Reason.FAILED;
        return new SmsSendFailure(reason, String.valueOf(code), cause);
    }
}
