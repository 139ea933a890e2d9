package org.yibao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (WCAG 2.1 A and AA) from the test classpath's webjar, never fetched, on the page a walk shows: its serious
 * and critical findings, as AccessibilityBrowserTests judges the pages it reaches by links. For pages a link walk
 * cannot reach (a form after a refusal, a confirmation).
 */
public final class Axe {

    private static final String SOURCE = "/META-INF/resources/webjars/axe-core/"
            + System.getProperty("yibao.axe.version", "4.6.3") + "/axe.min.js";

    private static final String RUN = """
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

    private static volatile String script;

    private Axe() {
    }

    /** The serious and critical findings on the current page; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> findings(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream(SOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath at " + SOURCE);
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
