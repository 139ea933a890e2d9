package org.yibao.support;

import java.util.List;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * 大字版 for a walk: the switch's cookie on this browser, and the measure of a page (no visible text under 18 px, no
 * target under 60 px high, as AccessibilityBrowserTests measures the pages it reaches by links; and nothing wider
 * than the window, which would make a reader scroll sideways).
 */
public final class LargeFont {

    /** Every visible element with its own text under 18 px, every visible target under 60 px high. */
    public static final String MEASURE = """
            function shown(e) { var r = e.getBoundingClientRect(), s = getComputedStyle(e);
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; }
            function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '"'; }
            var out = [];
            document.querySelectorAll('body *').forEach(function (e) {
              if (!shown(e)) { return; }
              var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
              var size = parseFloat(getComputedStyle(e).fontSize);
              if (own && size < 18) { out.push('text ' + size + 'px ' + name(e)); }
            });
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (e) {
              if (!shown(e)) { return; }
              var h = e.getBoundingClientRect().height;
              if (/^(checkbox|radio|file)$/.test(e.type)) {
                Array.prototype.forEach.call(e.labels || [], function (l) { h = Math.max(h, l.getBoundingClientRect().height); });
              }
              if (h < 60) { out.push('target ' + Math.round(h) + 'px ' + name(e)); }
            });
            if (document.documentElement.scrollWidth > window.innerWidth) {
              out.push('page ' + document.documentElement.scrollWidth + 'px wide in a ' + window.innerWidth + 'px window');
            }
            return out;
            """;

    private LargeFont() {
    }

    /** Turns 大字版 on for this browser (the cookie the switch sets); the next page loaded is in 大字版. */
    public static void on(WebDriver browser) {
        browser.manage().addCookie(new Cookie("yibao-elder", "1", "/"));
    }

    /** What on the current page is too small for 大字版; empty when nothing is. */
    @SuppressWarnings("unchecked")
    public static List<String> tooSmall(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(MEASURE);
    }
}
