package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.identity.CitizenAccount;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;

/**
 * 大字版 (elder mode, MIIT 适老化): one switch that changes every page. Remembered in a cookie on the device and
 * on the account, so it comes back after logging in elsewhere.
 */
@Controller
class LargeFontPreference {

    static final String COOKIE = "yibao-elder";

    private final CitizenAccounts accounts;

    LargeFontPreference(CitizenAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/preferences/large-font")
    String toggle(@RequestParam(defaultValue = "false") boolean on, @RequestParam(defaultValue = "/") String back,
                  @AuthenticationPrincipal Object principal, HttpServletResponse response) {
        set(response, on);
        if (principal instanceof CitizenPrincipal citizen) {
            accounts.rememberLargeFont(citizen.accountId(), on);
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/");
    }

    static void restore(CitizenAccount account, HttpServletResponse response) {
        if (account.largeFont()) {
            set(response, true);
        }
    }

    private static void set(HttpServletResponse response, boolean on) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, on ? "1" : "0").path("/")
                .maxAge(on ? 365L * 24 * 3600 : 0).httpOnly(true).sameSite("Lax").build().toString());
    }
}
