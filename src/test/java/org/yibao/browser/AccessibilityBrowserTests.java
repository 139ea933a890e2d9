package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
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

    /**
     * The claim pages behind their forms (零星报销/生育医疗费 and 生育津贴: 选择申报人, 确认患者信息, 申报信息 with and
     * without errors, 上传材料, 提交申报, 放弃申报), which the link walk cannot reach: axe in both modes, sizes in 大字版.
     */
    @Test
    void theClaimStepsHaveNoSeriousFindingInEitherModeAndKeepTheLargeSizes() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        citizenLogin("13800000012", "Yibao2025");
        List<String> findings = new ArrayList<>();
        for (boolean elder : List.of(false, true)) {
            if (elder) {
                largeFont();
            }
            String mode = elder ? "大字版 " : "标准版 ";
            browser.get(url("/services/maternity-allowance"));
            check(mode + "allowance person", elder, findings);
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
            check(mode + "allowance patient", elder, findings);
            new org.openqa.selenium.support.ui.Select(field("category")).selectByValue("ABC");
            type("bankName", "中国农业银行唐山路北支行");
            type("accountNumber", "6228480000000000123");
            type("accountName", "唐山示范有限公司");
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-BIRTH")));
            check(mode + "allowance details", elder, findings);
            click("kind-BIRTH");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('eventDate').value = arguments[0]",
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
            type("babies", "1");
            type("contactName", "郑晓雯");
            type("contactPhone", "13800000012");
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-ID_CARD")));
            check(mode + "allowance materials", elder, findings);
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-ID_CARD")));
            check(mode + "allowance materials missing", elder, findings);
            discard(mode + "allowance", elder, findings);

            browser.get(url("/services/reimbursement?variant=MATERNITY"));
            check(mode + "reimbursement person", elder, findings);
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid=true]")));
            check(mode + "reimbursement patient refused", elder, findings);
            new org.openqa.selenium.support.ui.Select(field("category")).selectByValue("CCB");
            type("bankName", "中国建设银行唐山分行");
            type("accountNumber", "6217000000000000090");
            type("accountName", "郑晓雯");
            click("payee-PERSON");
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-51")));
            check(mode + "reimbursement details", elder, findings);
            clickAndLoad("step-next");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid=true]")));
            check(mode + "reimbursement details refused", elder, findings);
            discard(mode + "reimbursement", elder, findings);
        }
        assertThat(findings).isEmpty();
    }

    private void discard(String where, boolean elder, List<String> findings) {
        clickAndLoad("discard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-yes")));
        check(where + " discard", elder, findings);
        clickAndLoad("confirm-yes");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-next")));
    }

    private void check(String where, boolean elder, List<String> findings) {
        axe(where, browser, findings);
        if (elder) {
            PageChecks.smallForLargeFont(browser).stream().limit(5).forEach(s -> findings.add(where + " " + s));
        }
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
