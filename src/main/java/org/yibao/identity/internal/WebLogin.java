package org.yibao.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.identity.StaffPrincipal;

/** Puts an authenticated citizen or staff member into a fresh session (new id: no session fixation). */
@Component
public class WebLogin {

    private final SecurityContextRepository contexts;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    WebLogin(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    public void citizen(long accountId, HttpServletRequest request, HttpServletResponse response) {
        establish(new CitizenPrincipal(accountId), "ROLE_CITIZEN", request, response);
    }

    public void staff(StaffPrincipal staff, HttpServletRequest request, HttpServletResponse response) {
        establish(staff, staff.role().authority(), request, response);
    }

    /** Where the person wanted to go before being asked to log in: a path of this site, or the fallback. */
    public String savedTarget(HttpServletRequest request, HttpServletResponse response, String fallback) {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (saved == null) {
            return fallback;
        }
        java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return fallback;
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?", "");
        return query.isEmpty() ? path : path + "?" + query.replaceFirst("^&", "");
    }

    private void establish(Object principal, String role, HttpServletRequest request, HttpServletResponse response) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(new SimpleGrantedAuthority(role)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
