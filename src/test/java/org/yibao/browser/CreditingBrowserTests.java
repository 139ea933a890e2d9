package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/**
 * 个人账户月度划入 in the browser: the administrator opens it from the workbench, starts a month after confirming,
 * watches the run 进行中 and sees the page follow it by itself until 已完成 with the count and the amount.
 */
class CreditingBrowserTests extends BrowserTest {

    @Autowired
    PersonalAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Test
    void theAdministratorStartsAMonthAndWatchesItReachDone() throws Exception {
        YearMonth month = YearMonth.of(1971, 7);
        for (long fen : new long[] {12_000, 8_800}) {
            long person = insuredPerson("职工" + fen, "130200", "246810", null).id();
            accounts.open(new OpenAccount(person, "130200", Money.ZERO, "OPEN-" + person));
            jdbc.sql("""
                    insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                      account_fen, channel, status, paid_on)
                    values (?, '130200', '310', ?, ?, ?, 'EMPLOYER', 'PAID', ?)""")
                    .params(person, month.getYear(), month.getMonthValue(), fen, month.atEndOfMonth()).update();
        }
        // the month's row as a run that stopped before its first batch leaves it: holding its lock keeps the new run
        // at its first batch until the page has shown it running
        jdbc.sql("""
                insert into account_crediting_run (period_year, period_month, status, started_at)
                values (?, ?, 'RUNNING', now())""").params(month.getYear(), month.getMonthValue()).update();

        browser.get(url("/staff/login"));
        type("username", "admin");
        type("password", "Admin2025");
        clickAndLoad("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-admin-crediting")));
        clickAndLoad("staff-admin-crediting");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crediting-form")));
        assertThat(field("month").getAttribute("value")).isEqualTo(YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusMonths(1).toString());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('month').value = arguments[0];",
                month.toString());
        clickAndLoad("crediting-start");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-yes")));
        assertThat(body()).contains("开始 1971-07 的个人账户月度划入");

        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement(
                    "select 1 from account_crediting_run where period_year = 1971 and period_month = 7 for update")) {
                lock.executeQuery();
            }
            clickAndLoad("confirm-yes");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crediting-status")));
            assertThat(field("crediting-status").getText()).isEqualTo("进行中");
            assertThat(body()).contains("已开始 1971-07 的个人账户月度划入");
            wait.until(ExpectedConditions.textToBe(By.id("crediting-due"), "2"));
            assertThat(field("crediting-done").getText()).isEqualTo("0");
            Browser.screenshot(browser, "crediting-running");
            held.rollback();
        }
        wait.until(ExpectedConditions.textToBe(By.id("crediting-status"), "已完成"));
        assertThat(field("crediting-done").getText()).isEqualTo("2");
        assertThat(field("crediting-due").getText()).isEqualTo("2");
        assertThat(field("crediting-amount").getText()).isEqualTo("208.00 元");
        assertThat(field("crediting-bar").getAttribute("value")).isEqualTo("100");
        assertThat(body()).contains("1971-07", "admin · 2 户 · 208.00 元");
        Browser.screenshot(browser, "crediting-done");
    }
}
