package org.yibao.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks every page reachable by links from a start page in one browser session, each page once: a page is its
 * path with numbers replaced (so /applications/12 and /applications/13 are one page), queries ignored. Links that
 * leave the session, download files or reach machine interfaces are not followed.
 */
public final class PageWalk {

    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/dev/", "/manage", "/v3/", "/swagger",
            "/api/", "/materials/", "/signature", ".csv", ".pdf", "/receipt", "/export", "/webjars/", "/fsi/", "/ec/");

    private final WebDriver browser;
    private final String origin;
    private final int maxPages;

    public PageWalk(WebDriver browser, String origin, int maxPages) {
        this.browser = browser;
        this.origin = origin;
        this.maxPages = maxPages;
    }

    /**
     * Visits the pages from {@code start} on whose paths begin with {@code within} and hands each one's path to
     * {@code check} while it is shown; returns the paths visited.
     */
    public List<String> walk(String start, String within, BiConsumer<String, WebDriver> check) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(List.of(shape(start)));
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < maxPages) {
            String path = queue.poll();
            browser.get(origin + path);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d ->
                    "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            String landed = browser.getCurrentUrl().substring(origin.length());
            if (landed.startsWith("/login") && !path.startsWith("/login")) {
                continue;
            }
            visited.add(path);
            check.accept(path, browser);
            for (String link : links()) {
                if (link.startsWith(within) && seen.add(shape(link))) {
                    queue.add(link);
                }
            }
        }
        return visited;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });");
        List<String> out = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin + "/")) {
                continue;
            }
            String path = href.substring(origin.length()).replaceAll("#.*$", "");
            if (!path.isEmpty() && NOT_FOLLOWED.stream().noneMatch(path::contains) && !path.contains("lang=")) {
                out.add(path);
            }
        }
        return out;
    }

    static String shape(String path) {
        return NUMBER.matcher(path.replaceAll("\\?.*$", "")).replaceAll("/#");
    }
}
