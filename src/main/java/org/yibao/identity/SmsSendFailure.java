package org.yibao.identity;

/**
 * An SMS provider refused or could not take a message. {@link Reason} says what the person can be told and whether
 * another try may help; {@code providerCode} is the provider's own error code, for the log (never a parameter).
 */
public class SmsSendFailure extends RuntimeException {

    /** What went wrong, as far as the person and a retry are concerned. */
    public enum Reason {
        /** The provider's own limit for this phone (per minute, hour or day): not now, later. */
        PHONE_LIMITED,
        /** The provider is busy or did not answer (rate limit of the account, timeout, 5xx): try again shortly. */
        TRANSIENT,
        /** The provider does not take this number. */
        NUMBER_REJECTED,
        /** Anything else (keys, signature, template, balance): only the operator can fix it. */
        FAILED
    }

    private final Reason reason;
    private final String providerCode;

    public SmsSendFailure(Reason reason, String providerCode, Throwable cause) {
        super(reason + " " + providerCode, cause);
        this.reason = reason;
        this.providerCode = providerCode;
    }

    public Reason reason() {
        return reason;
    }

    public String providerCode() {
        return providerCode;
    }
}
