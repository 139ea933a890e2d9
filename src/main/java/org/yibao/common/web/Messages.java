package org.yibao.common.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;

/** Turns business refusals into the texts people read, in the request's language (Chinese by default). */
@Component
public class Messages {

    /** The key under which errors that belong to no single field are shown. */
    public static final String GLOBAL = "global";

    private final MessageSource source;
    private final LocaleResolver localeResolver;

    Messages(MessageSource source, LocaleResolver localeResolver) {
        this.source = source;
        this.localeResolver = localeResolver;
    }

    public String text(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    public String text(BusinessException.FieldError error) {
        return text(error.messageKey(), error.args());
    }

    /** Field name (or {@link #GLOBAL}) to text, in the order the errors were found. */
    public Map<String, String> byField(BusinessException e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BusinessException.FieldError error : e.errors()) {
            out.putIfAbsent(error.field() == null ? GLOBAL : error.field(), text(error));
        }
        return out;
    }

    /**
     * The language the person chose (cookie, else Chinese) — also in security filters, which run before Spring MVC
     * has set it; outside a request (jobs) Yibao speaks Chinese, never the JVM's default.
     */
    private Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return localeResolver.resolveLocale(request.getRequest());
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
