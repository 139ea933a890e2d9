package org.yibao.identity.internal;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;
import org.yibao.identity.SmsSendFailure;
import org.yibao.identity.SmsSendFailure.Reason;

/**
 * 腾讯云短信 (SMS 2021-01-11, action SendSms) through Tencent Cloud's official SDK: the SmsSdkAppId, the template of
 * the message's kind, the configured signature, the parameters in the template's order ({1} code, {2} minutes).
 * Chosen by {@code yibao.sms.provider=tencent}; preferred to the demo outbox when both exist.
 */
@Component
@Primary
@ConditionalOnProperty(prefix = "yibao.sms", name = "provider", havingValue = "tencent")
class TencentSmsGateway implements SmsGateway {

    private final SmsProperties properties;
    private final SmsClient client;

    TencentSmsGateway(SmsProperties properties) {
        properties.requireComplete(true);
        this.properties = properties;
        HttpProfile http = new HttpProfile();
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            http.setEndpoint(properties.endpoint());
        }
        http.setProtocol(properties.protocol() + "://");
        http.setConnTimeout(3);
        http.setReadTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client = new SmsClient(new Credential(properties.keyId(), properties.keySecret()), properties.region(),
                profile);
    }

    @Override
    public void send(PhoneNumber phone, SmsMessage message) {
        SendSmsRequest request = new SendSmsRequest();
        request.setSmsSdkAppId(properties.sdkAppId());
        request.setSignName(properties.signName());
        request.setTemplateId(properties.template(message.kind()));
        request.setPhoneNumberSet(new String[] {"+86" + phone.value()});
        request.setTemplateParamSet(message.values().toArray(String[]::new));
        SendStatus[] statuses;
        try {
            statuses = client.SendSms(request).getSendStatusSet();
        } catch (TencentCloudSDKException e) {
            throw failure(e.getErrorCode(), e);
        }
        String code = statuses == null || statuses.length == 0 ? "EMPTY" : statuses[0].getCode();
        if (!"Ok".equals(code)) {
            throw failure(code, null);
        }
    }

    /** Error codes as 腾讯云短信 documents them; an SDK exception without a code had no answer at all. */
    static SmsSendFailure failure(String code, Throwable cause) {
        String c = code == null || code.isBlank() ? "NO_ANSWER" : code;
        Reason reason = c.startsWith("LimitExceeded.PhoneNumber") ? Reason.PHONE_LIMITED
                : c.equals("InvalidParameterValue.IncorrectPhoneNumber")
                        || c.equals("FailedOperation.PhoneNumberInBlacklist")
                        || c.equals("FailedOperation.PhoneNumberParseFail") ? Reason.NUMBER_REJECTED
                : c.equals("NO_ANSWER") || c.startsWith("RequestLimitExceeded") || c.startsWith("InternalError")
                        || c.equals("ServiceUnavailable") ? Reason.TRANSIENT
                : Reason.FAILED;
        return new SmsSendFailure(reason, c, cause);
    }
}
