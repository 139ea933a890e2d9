package org.yibao.identity.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.yibao.common.Allowances;
import org.yibao.common.Throttled;

/**
 * Throttles logins and SMS codes per client address and overall, before anything else is looked at: a burst from
 * one address, or from many, is refused with 429 and {@code Retry-After} after one cheap statement per limit.
 */
@Component
public class ClientThrottle {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Allowances allowances;
    private final ThrottleProperties limits;

    ClientThrottle(Allowances allowances, ThrottleProperties limits) {
        this.allowances = allowances;
        this.limits = limits;
    }

    /** Counts a password login from the address; refuses with LOGIN_TOO_FREQUENT. */
    public void login(String address) {
        take("login:" + key(address), limits.loginsPerAddressPerMinute(), MINUTE, "LOGIN_TOO_FREQUENT");
        take("login:*", limits.loginsPerMinute(), MINUTE, "LOGIN_TOO_FREQUENT");
    }

    /** Counts an SMS code request from the address; refuses with SMS_ADDRESS_TOO_FREQUENT. */
    public void smsCode(String address) {
        take("sms:" + key(address), limits.smsPerAddressPerHour(), HOUR, "SMS_ADDRESS_TOO_FREQUENT");
        take("sms:*", limits.smsPerMinute(), MINUTE, "SMS_ADDRESS_TOO_FREQUENT");
    }

    private void take(String key, int limit, Duration window, String code) {
        if (allowances.take(key, limit, window).isEmpty()) {
            long wait = allowances.secondsLeft(window);
            throw new Throttled(wait, code, wait);
        }
    }

    /** An address as a bounded key (IPv6 included); an absent one counts as one shared "unknown" client. */
    private static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.length() <= 64 ? a : Hashes.sha256(a);
    }
}
