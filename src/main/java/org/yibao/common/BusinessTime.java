package org.yibao.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates in Yibao are Beijing dates, whatever zone the server runs in. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
