package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.yibao.common.BusinessException;
import org.yibao.common.Throttled;

/** Pages that show a refusal themselves still answer 429 and {@code Retry-After} when it was a throttle. */
final class Throttling {

    private Throttling() {
    }

    static void answer(BusinessException e, HttpServletResponse response) {
        if (e instanceof Throttled t) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        }
    }
}
