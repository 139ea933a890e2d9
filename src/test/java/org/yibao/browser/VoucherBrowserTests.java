package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** 医保电子凭证 in a real headless Chromium: activation (channel, face, password), then 展码 that refreshes. */
class VoucherBrowserTests extends BrowserTest {

    /** The ID number the test configuration makes the demo face verifier fail for. */
    private static final String FACE_FAILS = "130203199001019951";

    private void startActivation(String channel) {
        browser.get(url("/voucher"));
        field("voucher-activate").click();
        wait.until(ExpectedConditions.urlContains("/voucher/activation"));
        field("channel-" + channel).click();
        field("activation-next").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activation-confirm")));
    }

    @Test
    void sunQiangActivatesHisEvoucherAndShowsACodeThatRefreshes() {
        citizenLogin("13800000011", "Yibao2025");
        startActivation("WECHAT");
        assertThat(field("confirm-name").getText()).isEqualTo("孙*");
        assertThat(field("confirm-id").getText()).isEqualTo("1302**********1519");
        field("activation-confirm").click();
        wait.until(ExpectedConditions.urlContains("/face/"));
        assertThat(body()).contains("人脸识别", "眨眨眼", "转头", "开始识别", "不保存到服务器磁盘、数据库或日志");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("face-video")));
        Browser.screenshot(browser, "voucher-face");
        lookIntoCamera();
        wait.until(ExpectedConditions.urlContains("/voucher/activation/password"));
        assertThat(body()).contains("人脸识别通过");

        type("password", "123456");
        type("confirmPassword", "123456");
        field("activation-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "连续的数字"));
        type("password", "258036");
        type("confirmPassword", "258036");
        field("activation-submit").click();
        wait.until(ExpectedConditions.urlContains("/voucher"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("voucher-state")));
        assertThat(body()).contains("医保电子凭证激活成功", "已激活", "微信");
        Browser.screenshot(browser, "voucher-active");

        field("voucher-show-code").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr-image")));
        String first = field("qr").getAttribute("data-code");
        assertThat(first).startsWith("YB");
        assertThat(field("qr-image").getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(field("qr").getAttribute("hx-trigger")).isEqualTo("every 50s");
        assertThat(body()).contains("二维码有效时间剩余", "去使用自费支付");
        Browser.screenshot(browser, "voucher-qrcode");
        field("qr-refresh").click();
        wait.until(d -> !first.equals(d.findElement(By.id("qr")).getAttribute("data-code")));
        assertThat(browser.getCurrentUrl()).as("htmx swapped the code in place").endsWith("/voucher/qrcode");

        field("qr-selfpay").click();
        wait.until(ExpectedConditions.urlContains("/voucher/selfpay"));
        assertThat(body()).contains("目前没有待支付的自费费用");
        assertThat(browser.findElements(By.id("selfpay-pay"))).as("nothing waits, so nothing to pay").isEmpty();
    }

    @Test
    void aFailedFaceVerificationSaysSoAndOffersAnotherTry() {
        long personId = jdbc.sql("""
                insert into insured_person (id_number, name, gender, birth_date) values (?, '钱志远', '1', ?)
                on conflict (id_number) do update set name = excluded.name returning id""")
                .params(FACE_FAILS, LocalDate.of(1990, 1, 1)).query(Long.class).single();
        String phone = registeredPhone("Yibao2025");
        jdbc.sql("""
                update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', real_name_at = now()
                where phone = ?""").params(personId, phone).update();
        citizenLogin(phone, "Yibao2025");
        startActivation("NHSA_APP");
        field("activation-confirm").click();
        wait.until(ExpectedConditions.urlContains("/face/"));
        lookIntoCamera();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("face-failed")));
        assertThat(body()).contains("人脸识别未通过", "重新识别");
        Browser.screenshot(browser, "voucher-face-failed");
        lookIntoCamera();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("face-failed")));
        browser.get(url("/voucher"));
        assertThat(field("voucher-state").getText()).isEqualTo("未激活");
    }
}
