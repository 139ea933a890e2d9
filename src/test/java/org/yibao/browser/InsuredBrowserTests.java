package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yibao.support.Browser;
import org.yibao.support.Multipart;
import org.yibao.support.BrowserTest;

/** 参保信息, 缴费信息 and 城乡居民参保登记 → review → 缴费 → 票据, the way citizens and clerks click through them. */
class InsuredBrowserTests extends BrowserTest {

    @Test
    void wangJianguoSeesHisInsuranceAndContributions() {
        citizenLogin("13800000001", "Yibao2025");
        browser.get(url("/"));
        click("tile-insurance");
        wait.until(ExpectedConditions.urlContains("/insurance"));
        assertThat(body()).contains("王*国", "唐山市", "职工基本医疗保险", "正常参保", "在职职工", "唐山示范钢铁有限公司",
                "130200000101", "连续缴费");
        Browser.screenshot(browser, "insurance");
        click("go-contributions");
        wait.until(ExpectedConditions.urlContains("/contributions"));
        String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
        new Select(browser.findElement(By.id("year"))).selectByValue(lastYear);
        click("year-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), lastYear + "年度合计"));
        assertThat(body()).contains(lastYear + "年12月", "缴费基数", "单位缴费", "划入个人账户", "已到账");
        Browser.screenshot(browser, "contributions");
    }

    @Test
    void zhouTingEnrollsInBaodingAClerkApprovesShePaysAndDownloadsTheReceipt() throws Exception {
        citizenLogin("13800000008", "Yibao2025");
        browser.get(url("/services/resident-enrollment"));
        click("enrollment-new");
        wait.until(ExpectedConditions.urlContains("/new"));
        click("enrollment-next");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        assertThat(body()).contains("请上传身份证或户口簿照片", "请选择参保地区");

        new Select(browser.findElement(By.id("regionCode"))).selectByValue("130600");
        type("name", "周婷");
        type("idNumber", "13060220020220162X");
        type("phone", "13800000008");
        click("category-ADULT");
        Path photo = Files.createTempFile("id-card", ".png");
        Files.write(photo, Multipart.png());
        browser.findElement(By.id("idDocument")).sendKeys(photo.toString());
        click("enrollment-next");
        wait.until(ExpectedConditions.urlContains("/confirm"));
        assertThat(body()).contains("请核对参保登记信息", "周婷", "保定市", "成年居民", "id-card");
        Browser.screenshot(browser, "enrollment-confirm");
        click("enrollment-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrollment-status"), "待审核"));
        String detailUrl = browser.getCurrentUrl();
        long enrollment = Long.parseLong(detailUrl.replaceAll(".*/", ""));
        logout();

        browser.get(url("/staff/login"));
        type("username", "clerk130600");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-enrollments")));
        click("staff-enrollments");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-" + enrollment)));
        click("review-" + enrollment);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-approve")));
        assertThat(body()).contains("13060220020220162X", "身份证或户口簿照片");
        Browser.screenshot(browser, "enrollment-review");
        click("review-approve");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已审核通过"));
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin("13800000008", "Yibao2025");
        browser.get(detailUrl);
        assertThat(browser.findElement(By.id("enrollment-status")).getText()).isEqualTo("已通过");
        click("enrollment-pay");
        wait.until(ExpectedConditions.urlContains("/insurance/premium"));
        browser.findElement(By.cssSelector("#premium-payees a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-amount")));
        assertThat(browser.findElement(By.id("quote-amount")).getText()).contains("400.00");
        assertThat(body()).contains("700.00", "个人账户共济缴费");
        Browser.screenshot(browser, "premium");
        click("premium-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));
        String receipt = browser.findElement(By.id("receipt-link")).getAttribute("href");
        Browser.screenshot(browser, "premium-paid");

        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(receipt)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("周婷", "400.00", "保定市");
        }
        browser.get(url("/insurance"));
        assertThat(body()).contains("保定市", "城乡居民基本医疗保险", "正常参保");
    }
}
