package org.yibao.common;

/**
 * A refusal because too much was asked too fast (HTTP 429): the client may try again after
 * {@link #retryAfterSeconds()}, which the REST API sends as {@code Retry-After}.
 */
public class Throttled extends BusinessException {

    private final long retryAfterSeconds;

    public Throttled(long retryAfterSeconds, String code, Object... args) {
        super(Problem.TOO_MANY_REQUESTS, code, args);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
