package org.yibao.identity.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.common.Throttled;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;
import org.yibao.identity.SmsSendFailure;

/**
 * Hands a message to the SMS provider: the one place that retries (only when the provider answered busy or not at
 * all, at most {@code yibao.sms.max-attempts} tries, waiting {@code retry-delay}, then twice that…) and that turns a
 * provider's refusal into what the person is told. Logs the phone masked and the provider's error code, never the
 * message's parameters.
 */
@Component
class SmsDelivery {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    /** The providers' own limits per phone are per minute at the finest. */
    static final long PHONE_LIMIT_RETRY_AFTER = 60;

    private final int maxAttempts;
    private final Duration firstDelay;

    SmsDelivery(SmsProperties properties) {
        this.maxAttempts = Math.max(1, Math.min(5, properties.maxAttempts()));
        this.firstDelay = properties.retryDelay();
    }

    void send(SmsGateway gateway, PhoneNumber phone, SmsMessage message) {
        Duration delay = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.send(phone, message);
                return;
            } catch (SmsSendFailure failure) {
                log.warn("SMS {} to {} refused by the provider: {} {} (try {} of {})", message.kind(), phone.masked(),
                        failure.reason(), failure.providerCode(), attempt, maxAttempts);
                if (failure.reason() != SmsSendFailure.Reason.TRANSIENT || attempt >= maxAttempts) {
                    throw refusal(failure);
                }
            }
            pause(delay);
            delay = delay.multipliedBy(2);
        }
    }

    private static BusinessException refusal(SmsSendFailure failure) {
        return switch (failure.reason()) {
            case PHONE_LIMITED -> new Throttled(PHONE_LIMIT_RETRY_AFTER, "SMS_PROVIDER_TOO_FREQUENT");
            case TRANSIENT -> new BusinessException(Problem.UNAVAILABLE, "SMS_PROVIDER_BUSY");
            case NUMBER_REJECTED -> BusinessException.invalid("phone", "SMS_NUMBER_REJECTED");
            case FAILED -> new BusinessException(Problem.UNAVAILABLE, "SMS_PROVIDER_FAILED");
        };
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(Problem.UNAVAILABLE, "SMS_PROVIDER_BUSY");
        }
    }
}
