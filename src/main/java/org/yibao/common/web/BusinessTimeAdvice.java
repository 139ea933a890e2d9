package org.yibao.common.web;

import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yibao.common.BusinessTime;

/**
 * Every page shows times in Beijing time, whatever zone the server or the database hands back: templates format an
 * instant as {@code #temporals.format(t.atZoneSameInstant(zone), …)}.
 */
@ControllerAdvice
class BusinessTimeAdvice {

    @ModelAttribute("zone")
    ZoneId zone() {
        return BusinessTime.ZONE;
    }
}
