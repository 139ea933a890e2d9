package org.yibao.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.yibao.common.web.Messages;

/**
 * Five filter chains: institution interfaces (/ec and /fsi, signed per call), the citizen REST API (bearer tokens,
 * stateless), the read-only FHIR facade (/fhir, which tells its callers apart itself), the agency back office and the institution cashiers' counter (/staff, /staff/cashier for cashiers
 * only) and the citizen web hall (sessions in PostgreSQL, CSRF on every
 * form). Security headers on all of them; HSTS and the session cookie's {@code Secure} follow the request: on
 * when it came over TLS, also through a TLS proxy once {@code server.forward-headers-strategy} trusts its headers.
 * Metrics ({@code /manage/prometheus}) are for administrators; health stays public for probes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** Pages anyone may open without logging in. */
    private static final String[] PUBLIC_PAGES = {
            "/", "/login", "/register", "/register/**", "/password/forgot", "/password/forgot/**", "/agreement",
            "/fraud-warning", "/help/**", "/query/**", "/preferences/**", "/error", "/favicon.ico",
            "/css/**", "/js/**", "/images/**", "/webjars/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/manage/health", "/manage/health/**", "/manage/info", "/dev/**",
    };

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Institution interfaces (/ec e-voucher decoding, /fsi the settlement API): no session, no CSRF and no citizen
     * login; each call is authenticated by its own x-tif-* signature, which the interface checks before doing
     * anything.
     */
    @Bean
    @Order(0)
    SecurityFilterChain institutionInterfaces(HttpSecurity http) throws Exception {
        http.securityMatcher("/ec/**", "/fsi/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, Messages messages) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/sms-codes", "/api/v1/auth/register",
                                "/api/v1/auth/login", "/api/v1/auth/password-reset").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/catalog/**").permitAll()
                        .anyRequest().hasRole("CITIZEN"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "UNAUTHENTICATED", messages))
                        .accessDeniedHandler((req, res, ex) -> problem(res, 403, "FORBIDDEN", messages)));
        headers(http);
        return http.build();
    }

    /**
     * The FHIR facade (/fhir, read-only): a citizen's bearer token or web session, a staff member's back-office
     * session, or an institution's x-tif-* signature, which the facade checks itself like the institution interfaces;
     * no session is created and every refusal is the facade's own OperationOutcome.
     */
    @Bean
    @Order(1)
    SecurityFilterChain fhir(HttpSecurity http, AccessTokens tokens, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/fhir/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.securityContextRepository(contexts))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/staff/**")
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff/cashier", "/staff/cashier/**").hasRole("CASHIER")
                        .anyRequest().hasAnyRole("CLERK", "ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/staff/login")))
                .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout"));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain hall(HttpSecurity http, SecurityContextRepository contexts, Messages messages) throws Exception {
        RequestMatcher management = request -> request.getRequestURI().startsWith("/manage/");
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/manage/prometheus", "/manage/prometheus/**").hasRole("ADMIN")
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().hasRole("CITIZEN"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> problem(res, 401, "UNAUTHENTICATED", messages),
                                management)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> problem(res, 403, "FORBIDDEN", messages), management)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(self), microphone=(), geolocation=()")));
    }

    private static void problem(HttpServletResponse res, int status, String code, Messages messages)
            throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = messages.text("error." + code).replace("\\", "\\\\").replace("\"", "\\\"");
        res.getWriter().write("{\"type\":\"https://yibao.org/problems/" + code.toLowerCase().replace('_', '-')
                + "\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
