package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.insured.PremiumPayer;
import org.yibao.insured.PremiumReceipts;
import org.yibao.support.BrowserTest;

/**
 * The demo's 家庭共济: 王建国 pays 李秀英's next-year resident premium from his employee personal account by her ID
 * number; his balance goes down by exactly the premium and the receipt names his account.
 */
class MutualAidPremiumWalkBrowserTests extends BrowserTest {

    private static final String LI_XIUYING = "130203197706181028";

    @Autowired
    PersonalAccounts accounts;
    @Autowired
    PremiumReceipts receipts;

    @Test
    void wangJianguoPaysLiXiuyingsPremiumFromHisAccountAndTheReceiptNamesIt() throws Exception {
        long wang = person("130203197503121017");
        int nextYear = LocalDate.now(BusinessTime.ZONE).getYear() + 1;
        Money before = accounts.balance(new PersonId(wang)).orElseThrow();

        citizenLogin("13800000001", "Yibao2025");
        browser.get(url("/insurance/premium/by-id-number?channel=MUTUAL_AID"));
        new Select(field("year")).selectByValue(Integer.toString(nextYear));
        type("idNumber", LI_XIUYING);
        clickAndLoad("by-id-next");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("by-id-quote")));
        assertThat(field("by-id-name").getText()).isEqualTo("李*英");
        assertThat(field("by-id-amount").getText()).isEqualTo("400.00元");
        clickAndLoad("by-id-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));

        assertThat(accounts.balance(new PersonId(wang))).contains(before.minus(Money.ofYuan("400.00")));
        long payment = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/premium/(\\d+).*", "$1"));
        long account = jdbc.sql("select id from identity_account where phone = '13800000001'").query(Long.class).single();
        PremiumPayer payer = new PremiumPayer(account, wang, AuditTrail.Channel.WEB);
        try (PDDocument pdf = Loader.loadPDF(receipts.receipt(payer, payment).pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("缴费账户", "王*国", "职工医保个人账户", "400.00");
        }
    }

    private long person(String idNumber) {
        return jdbc.sql("select id from insured_person where id_number = ?").param(idNumber).query(Long.class).single();
    }
}
