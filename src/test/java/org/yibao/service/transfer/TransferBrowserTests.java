package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonId;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountPurpose;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/**
 * The 省内 walk in a real headless Chromium, with a person placed as 孙强 is (唐山 暂停 → 保定 正常, 950.00 in
 * 唐山): the citizen files, clerk130200 claims and approves (voucher issued), clerk130600 accepts; the citizen
 * reads 已完成 with the balance moved, and the account is in 保定.
 */
class TransferBrowserTests extends BrowserTest {

    @Autowired
    private PersonalAccounts accounts;

    @Test
    void anIntraProvinceTransferWalksFromTheHallThroughBothRegionsToCompletion() {
        TestPerson p = insuredPerson("孙移转", "130600", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', '2', ?, ?)""")
                .params(p.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        String phone = registeredPhone("Browse2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());

        citizenLogin(phone, "Browse2025");
        browser.get(url("/services/transfer"));
        assertThat(body()).contains("省内关系转移接续申请", "转出地为暂停参保状态").doesNotContain("即将上线");
        assertThat(new Select(field("fromRegion")).getFirstSelectedOption().getAttribute("value")).isEqualTo("130200");
        assertThat(new Select(field("toRegion")).getFirstSelectedOption().getAttribute("value")).isEqualTo("130600");
        click("variant-INTRA");
        click("transfer-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
        long id = Long.parseLong(field("application-number").getText());
        assertThat(body()).contains("转出地审核", "应先撤销线上转移申请");
        Browser.screenshot(browser, "transfer-filed");
        logout();

        review("clerk130200", id);
        assertThat(body()).contains("转入地经办机构接收中");
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pay(new AccountPayment(new PersonId(p.id()),
                Money.ofYuan("1.00"), true, AccountPurpose.MEDICAL, "W" + id))).isInstanceOf(BusinessException.class);

        review("clerk130600", id);
        assertThat(field("application-status").getText()).isEqualTo("已完成");
        Browser.screenshot(browser, "transfer-accepted");
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin(phone, "Browse2025");
        browser.get(url("/applications/" + id));
        assertThat(field("application-status").getText()).isEqualTo("已完成");
        assertThat(field("application-content").getText()).contains("个人账户划转金额", "950.00", "办结");
        assertThat(accounts.balance(new PersonId(p.id()))).contains(Money.ofYuan("950.00"));
        assertThat(jdbc.sql("select region_code from account_personal where person_id = ?").param(p.id())
                .query(String.class).single()).isEqualTo("130600");
    }

    private void review(String clerk, long id) {
        browser.get(url("/staff/login"));
        type("username", clerk);
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-applications")));
        browser.get(url("/staff/applications/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
        clickAndLoad("claim");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        // the claimed page already shows a flash: wait for the approved page itself, not for any flash
        clickAndLoad("approve");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
    }

    /** Pays as a settlement does, with the balance read just before. */
    private org.yibao.account.PaymentSplit pay(AccountPayment order) {
        return accounts.pay(order);
    }
}
