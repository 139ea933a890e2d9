package org.yibao.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** A clerk finds an application in the queue, claims it and rejects it with a reason; the citizen reads why. */
class OfficeBrowserTests extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void aClerkRejectsWithAReasonAndTheCitizenSeesItInTheProgressPages() {
        OfficeFixtures fixtures = new OfficeFixtures(context);
        TestPerson person = insuredPerson("周驳回", "130200", "246810", null);
        String phone = registeredPhone("Browse2025");
        long account = OfficeFixtures.linkedAccount(jdbc, phone, person.id());
        long id = fixtures.submitted(account, person, "130200");

        browser.get(url("/staff/login"));
        type("username", "clerk130200");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-applications")));
        click("staff-applications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-filter")));
        new Select(field("filter-type")).selectByValue("CHRONIC_DISEASE");
        type("filter-idNumber", person.idNumber());
        click("filter-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-" + id)));
        assertThat(field("queue-count").getText()).contains("1");
        click("application-" + id);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
        click("claim");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(field("flash").getText()).contains("已领取");
        assertThat(field("application-status").getText()).isEqualTo("受理中");

        new Select(field("reasonCode")).selectByValue("MATERIALS_INCOMPLETE");
        type("reasonText", "缺少近半年的门诊病历");
        click("reject");
        wait.until(ExpectedConditions.textToBe(By.id("application-status"), "已驳回"));
        assertThat(field("flash").getText()).contains("已驳回");
        Browser.screenshot(browser, "office-rejected");
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin(phone, "Browse2025");
        browser.get(url("/applications?tab=done"));
        click("application-" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-reason")));
        assertThat(field("application-status").getText()).isEqualTo("已驳回");
        assertThat(field("application-reason").getText()).isEqualTo("材料不齐全：缺少近半年的门诊病历");
        assertThat(field("application-history").getText()).contains("医保经办机构");
        Browser.screenshot(browser, "progress-rejected");
    }
}
