package org.yibao.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session (cookies, CSRF tokens from the page) for page tests that need no JavaScript. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    /** A GET with this session's cookies that accepts the given media type (e.g. {@code text/plain} for metrics). */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    /** Submits a form the way the page at {@code pagePath} would, with that page's CSRF token. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (m.find()) {
            all.put("_csrf", m.group(1));
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A file this session downloads (e.g. a bank batch file), as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits a multipart form (a file upload) the way the page at {@code pagePath} would, with its CSRF token. */
    public HttpResponse<String> upload(String pagePath, String action, Multipart form) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        if (m.find()) {
            form.field("_csrf", m.group(1));
        }
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", form.contentType())
                .header("Accept", "text/html").POST(form.body()).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
