package org.yibao.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.yibao.identity.SmsPurpose;

/**
 * The SMS provider ({@code yibao.sms.*}); none by default, the demo profile keeps messages in its outbox.
 *
 * @param provider    {@code aliyun} (阿里云短信 dysmsapi) or {@code tencent} (腾讯云短信); empty: no provider
 * @param keyId       AccessKey ID (阿里云) or SecretId (腾讯云)
 * @param keySecret   AccessKey Secret or SecretKey; never shown anywhere
 * @param region      腾讯云's region (default {@code ap-guangzhou}); 阿里云 needs none
 * @param endpoint    the provider's host, to override its public one ({@code host:port}); empty: the provider's
 * @param protocol    {@code https} (default), {@code http} only for a local stand-in of the provider
 * @param signName    the approved signature (短信签名), e.g. 智慧医保
 * @param sdkAppId    腾讯云's SmsSdkAppId; 阿里云 needs none
 * @param templates   the approved template per kind of message ({@code REGISTER}, {@code RESET_PASSWORD}); each has
 *                    the parameters {@code code} and {@code minutes} (腾讯云: {1} and {2})
 * @param maxAttempts tries of one message when the provider answers busy or not at all (1 = no retry)
 * @param retryDelay  the wait before the second try, doubled for each further one
 */
@ConfigurationProperties("yibao.sms")
public record SmsProperties(@Nullable String provider, @Nullable String keyId, @Nullable String keySecret,
                            @DefaultValue("ap-guangzhou") String region, @Nullable String endpoint,
                            @DefaultValue("https") String protocol, @Nullable String signName,
                            @Nullable String sdkAppId, @DefaultValue Map<SmsPurpose, String> templates,
                            @DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration retryDelay) {

    /** Refuses to start a provider with a missing setting, naming every one (never a value). */
    void requireComplete(boolean needsAppId) {
        List<String> missing = new ArrayList<>();
        if (blank(keyId)) {
            missing.add("yibao.sms.key-id");
        }
        if (blank(keySecret)) {
            missing.add("yibao.sms.key-secret");
        }
        if (blank(signName)) {
            missing.add("yibao.sms.sign-name");
        }
        if (needsAppId && blank(sdkAppId)) {
            missing.add("yibao.sms.sdk-app-id");
        }
        for (SmsPurpose kind : EnumSet.allOf(SmsPurpose.class)) {
            if (blank(templates.get(kind))) {
                missing.add("yibao.sms.templates." + kind.name());
            }
        }
        if (!"https".equals(protocol) && !"http".equals(protocol)) {
            missing.add("yibao.sms.protocol (https or http)");
        }
        if (maxAttempts < 1 || maxAttempts > 5) {
            missing.add("yibao.sms.max-attempts (1 to 5)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("SMS provider " + provider + " is missing " + String.join(", ", missing));
        }
    }

    String template(SmsPurpose kind) {
        return templates.get(kind);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
