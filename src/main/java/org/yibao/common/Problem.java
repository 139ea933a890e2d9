package org.yibao.common;

/**
 * What kind of refusal a {@link BusinessException} is; the REST layer maps it to an HTTP status, pages show
 * the message next to the form.
 */
public enum Problem {
    INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), LOCKED(423), TOO_MANY_REQUESTS(429),
    /** A service Yibao needs for the request (SMS, face verification, tax channel) is not configured. */
    UNAVAILABLE(503);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
