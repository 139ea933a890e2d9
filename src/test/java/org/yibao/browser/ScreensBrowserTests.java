package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.BrowserTest;

/**
 * The pages of docs/screens in 标准版 and 大字版 — home, 医保码, an upload step, the clerk's review — each checked for
 * what it must show, pictured in target/screens and, with {@code -Dyibao.screens.update=true}, copied to docs/screens
 * (README: "Screenshots").
 */
class ScreensBrowserTests extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESK = new Dimension(1280, 900);

    @Autowired
    ApplicationContext context;

    @Test
    void homeOffersTheCodeFirstAndTheUploadAndReviewPagesShowWhatWasChosen() throws IOException {
        browser.manage().window().setSize(PHONE);
        citizenLogin("13800000001", "Yibao2025");
        for (String mode : new String[] {"standard", "large"}) {
            browser.get(url("/"));
            assertThat(browser.findElement(By.cssSelector("main a")).getAttribute("id")).isEqualTo("home-qrcode");
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB, Keys.TAB);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("two Tabs from home").isEqualTo("home-qrcode");
            picture("home-" + mode);
            clickAndLoad("home-qrcode");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#qr img")));
            picture("qrcode-" + mode);
            uploadStep(mode);
            browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
        }
        review();
    }

    private void uploadStep(String mode) throws IOException {
        Path photo = Files.createTempFile("hukou", ".png");
        Files.write(photo, document());
        browser.get(url("/services/family-accounts/new"));
        assertThat(field("householdRegister-limits").getText()).contains("JPG", "PNG", "PDF", "5MB");
        field("householdRegister").sendKeys(photo.toString());
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('#householdRegister ~ .upload-chosen img.upload-thumb');"
                        + " return !!i && i.complete && i.naturalWidth > 0;"));
        assertThat(browser.findElements(By.cssSelector(".upload-remove"))).hasSize(1);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('householdRegister-limits').scrollIntoView({block: 'start'});");
        picture("upload-" + mode);
        browser.findElement(By.cssSelector(".upload-remove")).click();
        assertThat(browser.findElements(By.cssSelector(".upload-chosen li"))).isEmpty();
    }

    private void review() throws IOException {
        OfficeFixtures fixtures = new OfficeFixtures(context);
        TestPerson person = insuredPerson("钱审核", "130200", "246810", null);
        long account = OfficeFixtures.linkedAccount(jdbc, registeredPhone("Screens2025"), person.id());
        long id = fixtures.submitted(account, person, "130200");
        browser.manage().window().setSize(DESK);
        for (String mode : new String[] {"standard", "large"}) {
            browser.manage().deleteAllCookies();
            browser.get(url("/staff/login"));
            type("username", "clerk130200");
            type("password", "Clerk2025");
            clickAndLoad("staff-login-submit");
            if (mode.equals("large")) {
                browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
            }
            browser.get(url("/staff/applications/" + id));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.thumb")));
            Boolean loaded = (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "var i = document.querySelector('img.thumb'); return i.complete && i.naturalWidth > 0;");
            assertThat(loaded).as("the material's thumbnail loads").isTrue();
            picture("review-" + mode);
        }
        browser.manage().window().setSize(PHONE);
    }

    /** A picture of a document page, as a phone's camera would take it. */
    private static byte[] document() throws IOException {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4, 0xE6, 0xC8));
        g.fillRect(0, 0, 480, 320);
        g.setColor(new Color(0x8A, 0x2B, 0x1E));
        g.drawRect(24, 24, 432, 272);
        for (int y = 70; y < 280; y += 34) {
            g.fillRect(48, y, 180 + (y % 3) * 60, 8);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void picture(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screens"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("yibao.screens.update")) {
            Path docs = Files.createDirectories(Path.of("docs/screens"));
            Files.copy(file, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
