package org.yibao.hall.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows the deployment's platform title. */
@ControllerAdvice
class HallTitleAdvice {

    private final HallProperties properties;

    HallTitleAdvice(HallProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("hallTitle")
    String hallTitle() {
        return properties.title();
    }
}
