package org.yibao.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text message as SMS providers take it: which message ({@code kind}, mapped to the provider's approved template)
 * and its parameters, in the template's order ({@code code}, {@code minutes}). The wording lives in the template; the
 * demo outbox renders it with {@link #text()}.
 *
 * @param kind       which message: a verification code for registering or for resetting the password
 * @param parameters the template's parameters by name, in the template's order
 */
public record SmsMessage(SmsPurpose kind, Map<String, String> parameters) {

    public SmsMessage {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A verification code valid for {@code minutes}. */
    public static SmsMessage verificationCode(SmsPurpose kind, String code, long minutes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        parameters.put("minutes", Long.toString(minutes));
        return new SmsMessage(kind, parameters);
    }

    /** The message as the approved templates word it, for the demo outbox (never for a log). */
    public String text() {
        String what = kind == SmsPurpose.REGISTER ? "注册账号" : "重置密码";
        return "【智慧医保】您正在" + what + "，验证码" + parameters.get("code") + "，" + parameters.get("minutes")
                + "分钟内有效。工作人员不会向您索要验证码，请勿告诉他人。";
    }

    /** The parameters' values in the template's order, for providers with numbered placeholders ({1}, {2}). */
    public List<String> values() {
        return List.copyOf(parameters.values());
    }

    /** Names the kind only: the parameters carry a code and must not reach a log. */
    @Override
    public String toString() {
        return "SmsMessage[" + kind + "]";
    }
}
