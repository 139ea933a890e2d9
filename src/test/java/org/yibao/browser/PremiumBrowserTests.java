package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** A resident pays this year's premium in a real headless Chromium and watches the result arrive without reloading. */
class PremiumBrowserTests extends BrowserTest {

    @Test
    void aResidentPaysThroughTheTaxSystemAndTheStatusPageTurnsToPaidByItself() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        jdbc.sql("""
                insert into insured_region_parameter (region_code, year, resident_individual_fen, resident_subsidy_fen,
                    enrollment_review) values ('130600', ?, 40000, 70000, 'AUTO') on conflict do nothing""")
                .param(year).update();
        TestPerson person = insuredPerson("司马静", "130600", "246810", null);
        String phone = registeredPhone("Secret2025");
        post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(), "idNumber", person.idNumber(),
                "cardNumber", person.cardNumber(), "cardPassword", "246810"), login(phone, "Secret2025"));

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(phone);
        browser.findElement(By.id("password")).sendKeys("Secret2025");
        browser.findElement(By.id("password")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(url("/insurance/premium?personId=" + person.id() + "&year=" + year));
        assertThat(browser.findElement(By.id("quote-amount")).getText()).isEqualTo("400.00元");
        assertThat(browser.findElement(By.id("channel-MUTUAL_AID")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("mutual-aid-soon")).getText()).isEqualTo("即将上线");
        Browser.screenshot(browser, "premium-form");
        browser.findElement(By.id("premium-submit")).click();

        wait.until(ExpectedConditions.urlMatches("/insurance/premium/\\d+$"));
        String url = browser.getCurrentUrl();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));
        assertThat(browser.getCurrentUrl()).as("htmx polled, the page did not reload").isEqualTo(url);
        assertThat(browser.findElement(By.id("receipt-link")).getAttribute("href")).endsWith("/receipt.pdf");
        Browser.screenshot(browser, "premium-paid");
    }
}
