package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonId;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** A resident pays this year's premium in a real headless Chromium and watches the result arrive without reloading. */
class PremiumBrowserTests extends BrowserTest {

    @Autowired
    PersonalAccounts accounts;

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
        assertThat(browser.findElement(By.id("channel-MUTUAL_AID")).isEnabled()).isTrue();
        assertThat(browser.findElement(By.id("channel-TAX")).isSelected()).isTrue();
        Browser.screenshot(browser, "premium-form");
        browser.findElement(By.id("premium-submit")).click();

        wait.until(ExpectedConditions.urlMatches("/insurance/premium/\\d+$"));
        String url = browser.getCurrentUrl();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));
        assertThat(browser.getCurrentUrl()).as("htmx polled, the page did not reload").isEqualTo(url);
        assertThat(browser.findElement(By.id("receipt-link")).getAttribute("href")).endsWith("/receipt.pdf");
        Browser.screenshot(browser, "premium-paid");
    }

    @Test
    void anAuthorizerPaysARelativesPremiumFromTheOwnAccountByIdNumberAndAStrangerIsRefused() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        jdbc.sql("""
                insert into insured_region_parameter (region_code, year, resident_individual_fen, resident_subsidy_fen,
                    enrollment_review) values ('130200', ?, 40000, 70000, 'AUTO') on conflict do nothing""")
                .param(year).update();
        TestPerson payer = insuredPerson("欧阳国", "130200", "246810", null);
        TestPerson relative = insuredPerson("欧阳英", "130200", "246810", null);
        accounts.open(new OpenAccount(payer.id(), "130200", Money.ofYuan("1000.00"), "OPEN-" + payer.id()));
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', '承诺书', ?, ?, 0, now())""")
                .params(payer.id(), relative.id(), new byte[] {1}, "0".repeat(64)).update();
        String phone = registeredPhone("Secret2025");
        post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", payer.name(), "idNumber", payer.idNumber(),
                "cardNumber", payer.cardNumber(), "cardPassword", "246810"), login(phone, "Secret2025"));

        citizenLogin(phone, "Secret2025");
        browser.get(url("/insurance/premium/by-id-number?channel=MUTUAL_AID"));
        type("idNumber", relative.idNumber());
        clickAndLoad("by-id-next");
        assertThat(field("by-id-name").getText()).isEqualTo("欧*英");
        assertThat(field("by-id-amount").getText()).isEqualTo("400.00元");
        assertThat(field("by-id-MUTUAL_AID").isSelected()).isTrue();
        Browser.screenshot(browser, "premium-mutual-aid");
        clickAndLoad("by-id-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));
        assertThat(accounts.balance(new PersonId(payer.id()))).contains(Money.ofYuan("600.00"));

        TestPerson stranger = insuredPerson("欧阳陌", "130200", "246810", null);
        browser.get(url("/insurance/premium/by-id-number?channel=MUTUAL_AID"));
        type("idNumber", stranger.idNumber());
        clickAndLoad("by-id-next");
        clickAndLoad("by-id-submit");
        assertThat(field("by-id-channel-error").getText()).contains("不在您的家庭共济名单中");
        assertThat(accounts.balance(new PersonId(payer.id()))).contains(Money.ofYuan("600.00"));
    }
}
