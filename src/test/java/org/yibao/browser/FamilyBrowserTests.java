package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yibao.support.Browser;
import org.yibao.support.Multipart;
import org.yibao.support.BrowserTest;

/** DEMO.md's families in a real headless Chromium: 亲情账户 with and without face, 亲情代办, 家庭共济 with a signature. */
class FamilyBrowserTests extends BrowserTest {

    private long accountOf(String phone) {
        return jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
    }

    /** The person looks into the camera on the face page. */
    private void passFace() {
        wait.until(ExpectedConditions.urlContains("/face/"));
        lookIntoCamera();
    }

    @Test
    void wangJianguoAddsHisDaughterWithoutFaceAndHisFatherWithFaceAndShowsHisQrCode() throws IOException {
        jdbc.sql("update family_account_member set status = 'ENDED', ended_at = now() where owner_account = ? and status <> 'ENDED'")
                .param(accountOf("13800000001")).update();
        Path photo = Files.createTempFile("hukou", ".png");
        Files.write(photo, Multipart.png());
        citizenLogin("13800000001", "Yibao2025");

        addMember("王小雨", "130203201609091046", "CHILD", photo);
        wait.until(ExpectedConditions.urlMatches(".*/services/family-accounts$"));
        assertThat(body()).contains("家庭成员添加成功", "王*雨", "已添加1名");

        addMember("王德福", "130203194801051033", "PARENT", photo);
        passFace();
        wait.until(ExpectedConditions.urlMatches(".*/services/family-accounts$"));
        assertThat(body()).contains("家庭成员添加成功", "王*雨", "王*福", "已添加2名");

        browser.findElements(By.cssSelector("#members a")).stream().filter(a -> a.getText().contains("王*福"))
                .findFirst().orElseThrow().click();
        field("show-qr").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-qr")));
        assertThat(field("member-qr").getAttribute("src")).startsWith("data:image/png;base64,");
        Browser.screenshot(browser, "family-account-qr");
        browser.navigate().back();
        field("show-costs").click();
        assertThat(body()).contains("暂无医疗费用记录");
    }

    private void addMember(String name, String idNumber, String relationship, Path photo) {
        browser.get(url("/services/family-accounts"));
        field("add-member").click();
        assertThat(body()).contains("家庭成员添加告知书", "16周岁");
        field("notice-agree").click();
        type("name", name);
        type("idNumber", idNumber);
        new Select(field("relationship")).selectByValue(relationship);
        field("commitment").sendKeys(photo.toString());
        field("householdRegister").sendKeys(photo.toString());
        field("member-submit").click();
    }

    @Test
    void liuYangBindsHisGrandmotherForProxyAndViewsHerInsurance() {
        jdbc.sql("update family_proxy_member set status = 'ENDED', ended_at = now() where proxy_account = ? and status <> 'ENDED'")
                .param(accountOf("13800000009")).update();
        citizenLogin("13800000009", "Yibao2025");
        browser.get(url("/services/proxy"));
        field("proxy-bind").click();
        field("route-id-card").click();
        type("name", "刘翠花");
        type("idNumber", "360602194307111326");
        new Select(field("relationship")).selectByValue("GRANDPARENT");
        field("proxy-submit").click();
        passFace();
        wait.until(ExpectedConditions.urlMatches(".*/services/proxy$"));
        assertThat(body()).contains("亲情成员绑定成功", "刘*花");
        browser.findElements(By.cssSelector("a[id^=proxy-insurance-]")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-insured-name")));
        assertThat(field("member-insured-name").getText()).isEqualTo("刘*花");
        assertThat(body()).contains("鹰潭市", "城乡居民基本医疗保险", "正常参保");
        Browser.screenshot(browser, "proxy-insurance");
    }

    @Test
    void wangJianguoUnbindsAndRebindsLiXiuyingWithADrawnSignature() {
        citizenLogin("13800000001", "Yibao2025");
        browser.get(url("/services/mutual-aid"));
        assertThat(body()).contains("李*英");
        browser.findElements(By.cssSelector("button[id^=unbind-]")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-consequence")));
        assertThat(field("confirm-consequence").getText()).contains("配偶李*英");
        field("confirm-yes").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已解绑"));
        assertThat(browser.findElements(By.cssSelector("button[id^=unbind-]"))).isEmpty();

        field("add-relative").click();
        assertThat(body()).contains("家庭共济使用须知");
        field("notice-agree").click();
        type("name", "李秀英");
        type("idNumber", "130203197706181028");
        new Select(field("relationship")).selectByValue("SPOUSE");
        field("relative-next").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signature-pad")));
        assertThat(field("relative-name").getText()).isEqualTo("李*英");
        assertThat(field("commitment-text").getText()).contains("王建国", "配偶");

        field("sign-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signature-error")));
        assertThat(field("signature-error").getText()).contains("签名");

        WebElement pad = field("signature-pad");
        new Actions(browser).moveToElement(pad, -120, 0).clickAndHold().moveByOffset(40, -30).moveByOffset(40, 40)
                .moveByOffset(40, -40).moveByOffset(60, 30).release().perform();
        Browser.screenshot(browser, "mutual-aid-signature");
        field("sign-submit").click();
        wait.until(ExpectedConditions.urlMatches(".*/services/mutual-aid$"));
        assertThat(body()).contains("添加亲属成功", "李*英");
    }
}
