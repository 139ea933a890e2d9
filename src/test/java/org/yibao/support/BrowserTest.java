package org.yibao.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of page tests in the system's headless Chromium: one browser per test class, a fresh visit (no cookies)
 * per test, and the few gestures every journey uses.
 */
public abstract class BrowserTest extends YibaoHttpTest {

    protected static WebDriver browser;
    protected WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshVisit() {
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // htmx and navigations replace elements: one found a moment ago may be gone, and Chromium answers a question
        // about it with a stale reference or, now and then, an inspector error ("does not belong to the document");
        // a condition is asked again until it holds, and a timeout reports the last answer
        wait.ignoring(WebDriverException.class);
    }

    protected WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        field(id).clear();
        field(id).sendKeys(text);
    }

    protected void click(String id) {
        field(id).click();
    }

    /**
     * Clicks something that loads a new page (a form submit, a link) and waits until the old page is gone. Chromium
     * may answer a question about the old page's element during the switch with an inspector error ("does not belong
     * to the document") instead of a stale reference: that too means the old page is gone.
     */
    protected void clickAndLoad(String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        field(id).click();
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * On the face page: waits until the (fake) camera shows and 开始识别 is enabled, then starts the check; the page
     * takes a frame per liveness prompt and submits them (about three seconds).
     */
    protected void lookIntoCamera() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("face-start")));
        clickAndLoad("face-start");
    }

    /** The page's visible text; read again when a navigation replaced the page while it was being read. */
    protected String body() {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElement(By.tagName("body")).getText();
            } catch (WebDriverException e) {
                if (attempt >= 20) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Logs a citizen in through the login page and waits until it is left. */
    protected void citizenLogin(String username, String password) {
        browser.get(url("/login"));
        type("username", username);
        type("password", password);
        click("login-submit");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Logs the citizen out from 我的. */
    protected void logout() {
        browser.get(url("/me"));
        click("logout");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
