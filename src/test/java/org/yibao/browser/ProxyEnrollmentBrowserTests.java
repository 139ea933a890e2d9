package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yibao.common.BusinessTime;
import org.yibao.support.BrowserTest;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;

/**
 * 参保登记代办 in headless Chromium: 刘洋 binds his newborn, who has no ID card and is not insured yet, by the
 * 未办理身份证 route; the 鹰潭 clerk approves beside the 户口簿; 刘洋 enrolls the baby as proxy and follows it until the
 * baby's insurance shows under 亲情代办.
 */
class ProxyEnrollmentBrowserTests extends BrowserTest {

    @Test
    void liuYangEnrollsHisNewbornAsProxyAndFollowsItToTheBabysInsurance() throws Exception {
        String baby = TestIds.idNumber("360602", LocalDate.now(BusinessTime.ZONE).minusMonths(2), true);
        Path hukou = Files.createTempFile("hukou", ".png");
        Files.write(hukou, Multipart.png());

        citizenLogin("13800000009", "Yibao2025");
        browser.get(url("/services/proxy"));
        clickAndLoad("proxy-bind");
        clickAndLoad("route-no-id-card");
        type("name", "刘小禾");
        type("idNumber", baby);
        new Select(field("relationship")).selectByValue("CHILD");
        click("commitmentAccepted");
        field("householdRegister").sendKeys(hukou.toString());
        clickAndLoad("proxy-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting-proxy")));
        logout();

        browser.get(url("/staff/login"));
        type("username", "clerk360600");
        type("password", "Clerk2025");
        clickAndLoad("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-guardianships")));
        clickAndLoad("staff-guardianships");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guardian-queue")));
        browser.findElements(By.cssSelector("#guardian-queue a")).stream().filter(a -> a.getText().contains("刘小禾"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guardian-not-insured-proxy")));
        clickAndLoad("guardian-approve");
        wait.until(ExpectedConditions.textToBe(By.id("guardian-status"), "已绑定"));
        browser.get(url("/staff"));
        clickAndLoad("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin("13800000009", "Yibao2025");
        browser.get(url("/services/proxy"));
        browser.findElements(By.cssSelector("a[id^=proxy-enroll-]")).get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrollment-proxy-member")));
        assertThat(field("name").getAttribute("value")).isEqualTo("刘小禾");
        assertThat(field("idNumber").getAttribute("readonly")).isNotNull();
        new Select(field("regionCode")).selectByValue("360600");
        type("phone", "13800000009");
        assertThat(field("category-STUDENT_CHILD").isSelected()).isTrue();
        field("idDocument").sendKeys(hukou.toString());
        clickAndLoad("enrollment-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrollment-submit")));
        assertThat(body()).contains("刘小禾", "鹰潭市");
        clickAndLoad("enrollment-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrollment-status"), "已通过"));

        browser.get(url("/services/resident-enrollment"));
        assertThat(body()).contains("刘*禾");
        for (int i = 0; i < 50 && babysInsuranceLinks() == 0; i++) {
            Thread.sleep(200); // the binding is linked to the new insured person just after the approval's commit
            browser.get(url("/services/proxy"));
        }
        browser.findElements(By.cssSelector("a[id^=proxy-insurance-]")).stream()
                .filter(a -> a.getText().contains("刘*禾")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-insured-name")));
        assertThat(field("member-insured-name").getText()).isEqualTo("刘*禾");
        assertThat(body()).contains("鹰潭市", "城乡居民基本医疗保险", "正常参保");
    }

    private long babysInsuranceLinks() {
        return browser.findElements(By.cssSelector("a[id^=proxy-insurance-]")).stream()
                .filter(a -> a.getText().contains("刘*禾")).count();
    }
}
