package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** A hospital cashier settles a visit at the counter in headless Chromium: paste the code, items, pre-settle, settle. */
class CashierBrowserTests extends BrowserTest {

    @Test
    void aCashierSettlesZhaoMinsVisitOnceAndPrintsTheSlip() {
        String qrCode = get("/api/v1/voucher/qrcode", login("13800000010", "Yibao2025")).body().get("qrCode").asString();

        browser.get(url("/staff/login"));
        type("username", "cashier-H11010800001");
        type("password", "Cashier2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.urlContains("/staff/cashier"));
        type("voucher", qrCode);
        click("cashier-identify-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-patient")));
        assertThat(field("cashier-name").getText()).isEqualTo("赵*");

        type("q", "阿莫西林");
        click("cashier-search");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-XJ01CAA001")));
        type("cnt-XJ01CAA001", "2");
        click("add-XJ01CAA001");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-basket-total")));
        click("cashier-pre-settle");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-total")));
        assertThat(field("preview-total").getText()).contains("25.00");
        Browser.screenshot(browser, "cashier-preview");

        click("cashier-settle");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-slip")));
        assertThat(field("slip-name").getText()).isEqualTo("赵*");
        assertThat(field("slip-amounts").getText()).contains("25.00");
        Browser.screenshot(browser, "cashier-slip");
        String setlId = field("slip-setl-id").getText();
        browser.navigate().back();
        assertThat(count("select count(*) from settlement_settlement where setl_id = ?", setlId)).isEqualTo(1);
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
