package org.yibao.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page template reads {@code largeFont} to switch the whole page to 大字版. */
@ControllerAdvice
class LargeFontAdvice {

    @ModelAttribute("largeFont")
    boolean largeFont(@CookieValue(name = LargeFontPreference.COOKIE, required = false) String cookie) {
        return "1".equals(cookie);
    }
}
