package org.yibao.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.yibao.common.DatabaseOutage;

/**
 * A page met by a database outage — in a controller, or before it, when the session is read from PostgreSQL — shows
 * the friendly error page with "请稍候几秒再试" and HTTP 503, instead of the internal error
 * page. Every other error keeps Spring Boot's own resolution.
 */
@Component
class OutagePages implements ErrorViewResolver {

    private final Messages messages;

    OutagePages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
                                                   Map<String, Object> model) {
        if (!DatabaseOutage.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return null;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.addObject("errorMessage", messages.text("error." + DatabaseOutage.CODE));
        return page;
    }
}
