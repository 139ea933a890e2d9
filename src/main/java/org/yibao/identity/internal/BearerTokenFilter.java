package org.yibao.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yibao.identity.CitizenPrincipal;

/** Authenticates REST calls that carry {@code Authorization: Bearer <token>}; anything else stays anonymous. */
public class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute with the raw token, for logout and password change. */
    public static final String TOKEN_ATTRIBUTE = "org.yibao.identity.internal.BearerTokenFilter.token";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            tokens.accountOf(token).ifPresent(accountId -> {
                var auth = UsernamePasswordAuthenticationToken.authenticated(new CitizenPrincipal(accountId), null,
                        List.of(new SimpleGrantedAuthority("ROLE_CITIZEN")));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
                request.setAttribute(TOKEN_ATTRIBUTE, token);
            });
        }
        chain.doFilter(request, response);
    }
}
