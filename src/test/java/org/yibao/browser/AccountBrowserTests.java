package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.Browser;
import org.yibao.support.TestIds;
import org.yibao.support.BrowserTest;

/** A citizen's first visit, in a real headless Chromium: register, log in, verify, use the hall, leave. */
class AccountBrowserTests extends BrowserTest {

    @Test
    void registerLogInVerifyUseLargeFontAndLogOut() {
        TestPerson person = insuredPerson("吴晓梅", "130200", "246810", "135790");
        String phone = TestIds.phone();

        browser.get(url("/"));
        field("home-login").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        field("register-link").click();
        wait.until(ExpectedConditions.urlContains("/register"));
        type("phone", phone);
        field("send-code").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sms-status"), "验证码已发送至"));
        assertThat(field("send-code").isEnabled()).as("the send button waits 60 s").isFalse();
        assertThat(field("phone").getAttribute("value")).as("htmx kept the form").isEqualTo(phone);

        type("password", "Secret2025");
        type("confirmPassword", "Secret2025");
        type("smsCode", smsCode(phone));
        field("register-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-submit")));
        assertThat(body()).as("agreement not ticked").contains("请阅读并勾选同意《国家医疗保障局个人注册协议》");
        type("password", "Secret2025");
        type("confirmPassword", "Secret2025");
        field("agreementAccepted").click();
        field("register-submit").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(body()).contains("注册成功");
        assertThat(field("username").getAttribute("value")).isEqualTo(phone);

        type("password", "Secret2025");
        field("login-submit").click();
        wait.until(ExpectedConditions.urlContains("/real-name"));
        type("name", person.name());
        type("idNumber", person.idNumber());
        type("evoucherPassword", "135790");
        Browser.screenshot(browser, "real-name");
        field("real-name-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertThat(body()).contains("实名认证成功", "您好，吴*梅", "参保信息", "业务办理");
        Browser.screenshot(browser, "home");

        String normalSize = browser.findElement(By.tagName("body")).getCssValue("font-size");
        field("tile-large-font").click();
        wait.until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "elder"));
        assertThat(px(browser.findElement(By.tagName("body")).getCssValue("font-size"))).isGreaterThanOrEqualTo(18);
        assertThat(px(normalSize)).isLessThan(18);
        assertThat(field("tab-home").getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(60);
        assertThat(field("tile-large-font").getSize().getHeight()).isGreaterThanOrEqualTo(60);
        Browser.screenshot(browser, "home-large-font");
        field("tab-me").click();
        wait.until(ExpectedConditions.urlContains("/me"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).as("remembered on every page").contains("elder");
        assertThat(body()).contains("已认证", "吴*梅");

        // a person scrolls the button above the bottom bar before tapping it
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", field("logout"));
        field("logout").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(body()).contains("您已安全退出");
        browser.get(url("/me"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).as("the device keeps 大字版").contains("elder");
    }

    @Test
    void fiveWrongPasswordsShowTheLockMessage() {
        String phone = registeredPhone("Secret2025");
        browser.get(url("/login"));
        for (int i = 1; i <= 5; i++) {
            type("username", phone);
            type("password", "Wrong" + i + "abc");
            field("login-submit").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        }
        assertThat(body()).contains("密码连续输错5次，账号已锁定，请15分钟后再试");
        type("username", phone);
        type("password", "Secret2025");
        field("login-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        assertThat(body()).contains("账号已锁定");
        assertThat(browser.getCurrentUrl()).contains("/login");
        Browser.screenshot(browser, "login-locked");
    }

    @Test
    void forgottenPasswordIsResetWithAnSmsCode() {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_sms_code set created_at = created_at - interval '2 minutes' where phone = ?").param(phone).update();
        browser.get(url("/login"));
        field("forgot-link").click();
        wait.until(ExpectedConditions.urlContains("/password/forgot"));
        assertThat(body()).contains("密码修改完成后，会同步更改医保公共服务个人网厅登录密码");
        type("phone", phone);
        field("send-code").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sms-status"), "验证码已发送至"));
        type("smsCode", smsCode(phone));
        type("newPassword", "Renewed2025");
        type("confirmPassword", "Renewed2026");
        field("agreementAccepted").click();
        field("forgot-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "两次输入的密码不一致"));
        type("newPassword", "Renewed2025");
        type("confirmPassword", "Renewed2025");
        if (!field("agreementAccepted").isSelected()) {
            field("agreementAccepted").click();
        }
        field("forgot-submit").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(body()).contains("密码已重置");
        type("username", phone);
        type("password", "Renewed2025");
        field("login-submit").click();
        wait.until(ExpectedConditions.urlContains("/real-name"));
    }

    private static int px(String cssSize) {
        return (int) Math.floor(Double.parseDouble(cssSize.replace("px", "")));
    }
}
