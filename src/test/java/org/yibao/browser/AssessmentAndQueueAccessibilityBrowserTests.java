package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.BrowserTest;
import org.yibao.support.PageChecks;

/**
 * The pages the link walk of {@link AccessibilityBrowserTests} does not reach: the 门诊慢特病 assessment step after
 * the hospitals were swapped for the chosen disease (标准版 and 大字版), the administrator's 认定病种 form opened, and
 * the clerk's queue sorted by a column — no serious or critical axe finding, and in 大字版 no text under 18 px and
 * no target under 60 px.
 */
class AssessmentAndQueueAccessibilityBrowserTests extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    private String assessmentStep() {
        TestPerson p = insuredPerson("欧无障碍", "130600", "246810", "135790");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        citizenLogin(phone, "Secret2025");
        browser.get(url("/services/chronic-disease/new/tip?kind=CHRONIC&route=SELF"));
        click("warm-tip-read");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.urlContains("/step/2"));
        click("special-no");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.urlContains("/step/3"));
        return browser.getCurrentUrl();
    }

    private void chooseDiabetes() {
        WebElement before = field("hospital-field");
        new Select(field("diseaseCode")).selectByValue("M00201");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hospital-hint"), "糖尿病"));
    }

    @Test
    void theAssessmentStepWithItsHospitalsForTheDiseasePassesInBothModes() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String step3 = assessmentStep();
        chooseDiabetes();
        List<String> findings = new ArrayList<>(PageChecks.axe(browser).stream().map(f -> "标准版 " + f).toList());

        browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
        browser.get(step3);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.elder")));
        chooseDiabetes();
        PageChecks.axe(browser).forEach(f -> findings.add("大字版 " + f));
        PageChecks.smallForLargeFont(browser).forEach(f -> findings.add("大字版 " + f));

        assertThat(findings).isEmpty();
    }

    @Test
    void theAssessedDiseasesFormAndTheSortedQueuePassAxe() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        TestPerson waiting = insuredPerson("欧排队", "130200", "246810", null);
        long account = OfficeFixtures.linkedAccount(jdbc, registeredPhone("Office2025a"), waiting.id());
        long open = new OfficeFixtures(context).submitted(account, waiting, "130200");
        browser.get(url("/staff/login"));
        type("username", "admin");
        type("password", "Admin2025");
        clickAndLoad("staff-login-submit");
        List<String> findings = new ArrayList<>();

        browser.get(url("/staff/admin/chronic?region=130600"));
        click("admin-hospital-assesses-edit-H13060200001");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scope-all-H13060200001")));
        PageChecks.axe(browser).forEach(f -> findings.add("认定病种 " + f));

        for (Map.Entry<String, String> sort : Map.of("type", "desc", "status", "asc").entrySet()) {
            browser.get(url("/staff/applications?sort=" + sort.getKey() + "&dir=" + sort.getValue()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-" + open)));
            PageChecks.axe(browser).forEach(f -> findings.add("待审核业务 " + sort + " " + f));
        }

        assertThat(findings).isEmpty();
    }
}
