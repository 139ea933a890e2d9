package org.yibao.support;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * 大字版 for a walk: the switch's cookie on this browser, and the measure of a page (no visible text under 18 px, no
 * target under 60 px high, by {@link PageChecks} as AccessibilityBrowserTests measures the pages it reaches by links;
 * and nothing wider than the window, which would make a reader scroll sideways).
 */
public final class LargeFont {

    /** Anything wider than the window, which would make a reader scroll sideways. */
    private static final String WIDE = """
            return document.documentElement.scrollWidth > window.innerWidth
              ? ['page ' + document.documentElement.scrollWidth + 'px wide in a ' + window.innerWidth + 'px window']
              : [];
            """;

    private LargeFont() {
    }

    /** Turns 大字版 on for this browser (the cookie the switch sets); the next page loaded is in 大字版. */
    public static void on(WebDriver browser) {
        browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
    }

    /** What on the current page is too small (or too wide) for 大字版; empty when nothing is. */
    @SuppressWarnings("unchecked")
    public static List<String> tooSmall(WebDriver browser) {
        List<String> out = new ArrayList<>(PageChecks.smallForLargeFont(browser));
        out.addAll((List<String>) ((JavascriptExecutor) browser).executeScript(WIDE));
        return out;
    }
}
