package org.yibao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The checks of 适老化与无障碍 on the page a browser shows: axe-core (WCAG 2.1 A and AA, from the test classpath's
 * webjar, never fetched) and its serious or critical findings; and, for 大字版, every text under 18 px and every
 * target under 60 px high.
 */
public final class PageChecks {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/" + System.getProperty("yibao.axe.version", "4.6.3")
            + "/axe.min.js";
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
                  }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    /** Every visible element with its own text under 18 px, every visible target under 60 px high. */
    private static final String MEASURE = """
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
            return out;
            """;

    private static final String AXE_SOURCE = source();

    private static String source() {
        try (InputStream in = PageChecks.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PageChecks() {
    }

    /** The page's serious and critical axe-core findings, one line each. */
    @SuppressWarnings("unchecked")
    public static List<String> axe(WebDriver page) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        js.executeScript(AXE_SOURCE);
        return (List<String>) js.executeAsyncScript(RUN_AXE);
    }

    /** Every shown text under 18 px and every shown target under 60 px high (the 大字版 rule), one line each. */
    @SuppressWarnings("unchecked")
    public static List<String> smallForLargeFont(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(MEASURE);
    }
}
