package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.Axe;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;
import org.yibao.support.LargeFont;

/**
 * The 跨省 walk in 大字版 in a real headless Chromium: the administrator sets 鹰潭 to refuse account funds; a person
 * 暂停 in 唐山 and 正常 in 鹰潭 files a 跨省转移接续转出地申请 with a bank account the bank refuses; clerk130200 issues
 * the voucher, clerk360600 accepts, and the 清退 fails with the bank's reason; the person corrects the account, the
 * 唐山 clerk sends it again after confirming, and the person reads 已拨付. The citizen's pages pass the 大字版 measure
 * and axe, as do the pages a link walk cannot reach (the refunds list with a failure, the confirmation).
 */
class TransferCrossBrowserTests extends BrowserTest {

    @Autowired
    private PersonalAccounts accounts;

    @Autowired
    private TransferRegions transferRegions;

    @Test
    void aCrossProvinceTransferToARegionRefusingAccountFundsRefundsToTheCorrectedBankAccount() {
        TestPerson p = employee("刘跨省");
        String phone = registeredPhone("Browse2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        try {
            staffLogin("admin", "Admin2025");
            browser.get(url("/staff/admin/transfer"));
            new Select(field("accepts-360600")).selectByValue("false");
            clickAndLoad("save-360600");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            assertThat(body()).contains("已保存转移接续参数");

            citizenInLargeFont(phone);
            browser.get(url("/services/transfer"));
            assertThat(body()).contains("跨省转移接续转出地申请", "鹰潭", "清退至个人银行卡").doesNotContain("即将上线");
            assertThat(browser.findElements(By.cssSelector("body.elder"))).isNotEmpty();
            checked();
            click("variant-CROSS_OUT");
            new Select(field("toRegion")).selectByValue("360600");
            bank("ICBC", "中国工商银行鹰潭分行", "6222020200110000", p.name());
            clickAndLoad("transfer-submit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
            long id = Long.parseLong(field("application-number").getText());
            assertThat(body()).contains("跨省转移接续转出地申请", "余额清退至个人银行卡", "应先撤销线上转移申请");
            checked();

            review("clerk130200", id);
            assertThat(body()).contains("转入地经办机构接收中");
            review("clerk360600", id);
            assertThat(field("application-status").getText()).isEqualTo("已完成");
            browser.get(url("/staff/transfer/refunds"));
            assertThat(body()).contains("申请编号 " + id, "拨付失败", "收款账户不存在");
            assertThat(browser.findElements(By.id("refund-retry-" + id))).isEmpty();
            assertThat(Axe.findings(browser)).isEmpty();

            citizenInLargeFont(phone);
            browser.get(url("/applications/" + id));
            assertThat(field("application-content").getText()).contains("拨付失败", "收款账户不存在");
            clickAndLoad("transfer-correct-bank");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transfer-bank-form")));
            checked();
            bank("CCB", "中国建设银行鹰潭分行", "6217000011112222333", p.name());
            clickAndLoad("transfer-bank-submit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
            assertThat(body()).contains("银行账户已更正", "待拨付");
            checked();
            Browser.screenshot(browser, "transfer-refund-corrected");

            staffLogin("clerk130200", "Clerk2025");
            browser.get(url("/staff/transfer/refunds"));
            clickAndLoad("refund-retry-" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-yes")));
            assertThat(body()).contains("每笔清退只拨付一次");
            assertThat(Axe.findings(browser)).isEmpty();
            clickAndLoad("confirm-yes");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            assertThat(body()).contains("已重新提交拨付", "已拨付");

            citizenInLargeFont(phone);
            browser.get(url("/applications/" + id));
            assertThat(field("application-content").getText()).contains("已拨付", "**** 2333", "950.00");
            assertThat(accounts.balance(new PersonId(p.id()))).contains(Money.ZERO);
            assertThat(jdbc.sql("select status || ':' || bank_account from account_refund_order where reference = ?")
                    .param("TRANSFER-" + id).query(String.class).single()).isEqualTo("PAID:6217000011112222333");
        } finally {
            transferRegions.set("admin", "360600", true);
        }
    }

    /** The citizen's page in 大字版: nothing too small or too wide, no serious or critical axe finding. */
    private void checked() {
        assertThat(LargeFont.tooSmall(browser)).isEmpty();
        assertThat(Axe.findings(browser)).isEmpty();
    }

    private void bank(String category, String bankName, String account, String holder) {
        new Select(field("bankCategory")).selectByValue(category);
        type("bankName", bankName);
        type("bankAccount", account);
        type("bankAccountName", holder);
    }

    private void citizenInLargeFont(String phone) {
        browser.manage().deleteAllCookies();
        citizenLogin(phone, "Browse2025");
        LargeFont.on(browser);
    }

    private void staffLogin(String login, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/staff/login"));
        type("username", login);
        type("password", password);
        clickAndLoad("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-applications")));
    }

    private void review(String clerk, long id) {
        staffLogin(clerk, "Clerk2025");
        browser.get(url("/staff/applications/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
        clickAndLoad("claim");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        clickAndLoad("approve");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-status")));
    }

    /** An employee 暂停 in 唐山 with 950.00 there and 正常 in 鹰潭. */
    private TestPerson employee(String name) {
        TestPerson p = insuredPerson(name, "360600", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', '2', ?, ?)""")
                .params(p.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        return p;
    }
}
