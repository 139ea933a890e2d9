package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.BrowserTest;

/**
 * 医保与自费解耦 in headless Chromium: 王建国 is settled at the 唐山 hospital's counter without his personal account,
 * pays the cash part under 医保码 → 去使用自费支付, and the cashier's slip then shows it paid.
 */
class SelfPayBrowserTests extends BrowserTest {

    private static final String HOSPITAL = "H13020300001";

    @Test
    void wangJianguoPaysTheCashPartOfHisVisitInTheAppAndTheCashierSeesItPaid() {
        String qrCode = get("/api/v1/voucher/qrcode", login("13800000001", "Yibao2025")).body().get("qrCode").asString();
        cashierLogin();
        type("voucher", qrCode);
        clickAndLoad("cashier-identify-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-patient")));
        click("account-use-0");
        clickAndLoad("cashier-account-use-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-patient")));
        assertThat(field("account-use-0").isSelected()).isTrue();
        type("q", "阿莫西林");
        clickAndLoad("cashier-search");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-XJ01CAA001")));
        type("cnt-XJ01CAA001", "2");
        clickAndLoad("add-XJ01CAA001");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-basket-total")));
        clickAndLoad("cashier-settle");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-slip")));
        String setlId = field("slip-setl-id").getText();
        String cash = field("slip-psn_cash_pay").getText();
        assertThat(field("slip-acct_pay").getText()).isEqualTo("0.00");
        assertThat(cash).as("25.00 of 阿莫西林 under the deductible, none of it from the account").isEqualTo("25.00");
        // the counter closes in an hour, whatever the hour the walk runs at (the closing rule: SelfPayTests)
        jdbc.sql("update settlement_cash_order set expires_at = now() + interval '1 hour' where setl_id = ?")
                .param(setlId).update();
        browser.get(url("/staff/cashier/slip/" + setlId));
        assertThat(field("cashier-selfpay-status").getText()).isEqualTo("待支付");

        browser.manage().deleteAllCookies();
        citizenLogin("13800000001", "Yibao2025");
        browser.get(url("/voucher/qrcode"));
        clickAndLoad("qr-selfpay");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selfpay-waiting")));
        clickAndLoad("selfpay-ZF" + setlId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selfpay-order")));
        assertThat(body()).contains("阿莫西林");
        assertThat(field("selfpay-amount").getText()).contains(cash);
        clickAndLoad("selfpay-pay");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selfpay-paid-at")));
        assertThat(field("selfpay-status").getText()).isEqualTo("已支付");
        assertThat(browser.findElements(By.id("selfpay-pay"))).as("an order is paid once").isEmpty();

        browser.manage().deleteAllCookies();
        cashierLogin();
        browser.get(url("/staff/cashier/slip/" + setlId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashier-selfpay-status")));
        assertThat(field("cashier-selfpay-status").getText()).isEqualTo("已支付");
    }

    private void cashierLogin() {
        browser.get(url("/staff/login"));
        type("username", "cashier-" + HOSPITAL);
        type("password", "Cashier2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.urlContains("/staff/cashier"));
    }
}
