package org.yibao.service.web;

import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yibao.common.BusinessTime;

/** Times on the progress and back-office pages are shown in Beijing time, whatever the database hands back. */
@ControllerAdvice(basePackages = {"org.yibao.service.web", "org.yibao.service.office"})
class ServiceTimeAdvice {

    @ModelAttribute("zone")
    ZoneId zone() {
        return BusinessTime.ZONE;
    }
}
