package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/** Anyone, without logging in, looks up designated hospitals and drug prices from the hall, in headless Chromium. */
class CatalogBrowserTests extends BrowserTest {

    @Test
    void findsAGradeThreeHospitalOfBaodingAndTheAmoxicillinPrice() {
        browser.get(url("/"));
        field("q-institutions").click();
        wait.until(ExpectedConditions.urlContains("/query/institutions"));
        new Select(field("region")).selectByVisibleText("保定市");
        new Select(field("level")).selectByVisibleText("三级");
        field("search-submit").click();
        wait.until(ExpectedConditions.urlContains("region=130600"));
        String results = field("institution-results").getText();
        assertThat(results).contains("保定市第一中心医院", "三级").doesNotContain("唐山");
        List<WebElement> rows = browser.findElements(By.cssSelector("#institution-results li.institution"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-region")).isEqualTo("130600"));
        assertThat(new Select(field("region")).getFirstSelectedOption().getText()).as("the filter stays chosen").isEqualTo("保定市");
        Browser.screenshot(browser, "catalog-institutions");

        browser.get(url("/"));
        field("q-drugs").click();
        wait.until(ExpectedConditions.urlContains("/query/drugs"));
        field("q").sendKeys("阿莫西林");
        field("search-submit").click();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement amoxicillin = browser.findElement(By.cssSelector("#item-results li[data-code='XJ01CAA001']"));
        assertThat(amoxicillin.getText()).contains("阿莫西林胶囊", "12.50元/盒", "15.00元", "甲类");
        Browser.screenshot(browser, "catalog-drugs");
    }
}
