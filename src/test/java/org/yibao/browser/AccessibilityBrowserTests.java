package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.BrowserTest;
import org.yibao.support.PageChecks;
import org.yibao.support.PageWalk;

/**
 * 适老化与无障碍: axe-core (WCAG 2.1 A and AA, from the test classpath's webjar, never fetched) on every page a citizen
 * reaches by links in 标准版 and in 大字版, and every page of a clerk and of the administrator — no serious or critical
 * finding; and in 大字版 no text under 18 px and no target under 60 px high. One walk per mode, each page once.
 */
class AccessibilityBrowserTests extends BrowserTest {

    private static final int MAX_PAGES = 45;

    @Test
    void noPageHasASeriousOrCriticalAxeFindingInEitherMode() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> findings = new ArrayList<>();
        PageWalk walk = new PageWalk(browser, url(""), MAX_PAGES);
        assertThat(walk.walk("/login", "/", (path, page) -> axe("anonymous " + path, page, findings))).hasSizeGreaterThan(5);
        citizenLogin("13800000001", "Yibao2025");
        assertThat(walk.walk("/", "/", (path, page) -> axe("标准版 " + path, page, findings))).hasSizeGreaterThan(20);
        largeFont();
        assertThat(walk.walk("/", "/", (path, page) -> axe("大字版 " + path, page, findings))).hasSizeGreaterThan(20);
        for (String login : List.of("clerk130200", "admin")) {
            staffLogin(login, login.equals("admin") ? "Admin2025" : "Clerk2025");
            assertThat(walk.walk("/staff", "/staff", (path, page) -> axe(login + " " + path, page, findings)))
                    .hasSizeGreaterThan(3);
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void largeFontPagesHaveNoTextUnder18pxAndNoTargetUnder60px() {
        citizenLogin("13800000001", "Yibao2025");
        largeFont();
        List<String> findings = new ArrayList<>();
        List<String> pages = new PageWalk(browser, url(""), MAX_PAGES).walk("/", "/", (path, page) -> {
            PageChecks.smallForLargeFont(page).stream().limit(5).forEach(s -> findings.add(path + " " + s));
        });
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(findings).isEmpty();
    }

    private void axe(String where, WebDriver page, List<String> findings) {
        PageChecks.axe(page).forEach(f -> findings.add(where + " " + f));
    }

    /** 大字版 for this browser only (the cookie the 大字版 switch sets), not remembered on the demo account. */
    private void largeFont() {
        browser.get(url("/"));
        browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.elder")));
    }

    private void staffLogin(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/staff/login"));
        type("username", username);
        type("password", password);
        clickAndLoad("staff-login-submit");
    }
}
