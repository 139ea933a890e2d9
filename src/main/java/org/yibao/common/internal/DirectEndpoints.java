package org.yibao.common.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.common.DatabaseOutage;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.common.web.Messages;

/**
 * Serves the {@link DirectEndpoint}s: registered for their exact paths (and one segment below for those that
 * {@link DirectEndpoint#routesByPath}) ahead of every other filter, it answers the request itself and never passes it
 * on. The body is read only when the endpoint asks for it, after its header checks (an unsigned call answers 401 with
 * its body unread), and at most {@code maxBody} bytes of it: a {@code Content-Length} above that answers 413 before
 * anything is read, a body without a length (chunked) answers 413 once more than that has arrived, the rest unread.
 * Each path has its own timer, {@code yibao.direct.requests}, by outcome.
 */
final class DirectEndpoints implements Filter {

    private static final Logger log = LoggerFactory.getLogger(DirectEndpoints.class);

    private final Map<String, Served> served;
    private final Messages messages;
    private final int maxBody;

    DirectEndpoints(List<DirectEndpoint> endpoints, Messages messages, @Nullable MeterRegistry meters, int maxBody) {
        this.maxBody = maxBody;
        this.served = endpoints.stream().collect(Collectors.toUnmodifiableMap(DirectEndpoint::path,
                e -> new Served(e, meters)));
        this.messages = messages;
    }

    /** An endpoint with its timers: success (2xx), refused (4xx) and failed (5xx). */
    private record Served(DirectEndpoint endpoint, Timer @Nullable [] timers) {
        Served(DirectEndpoint endpoint, @Nullable MeterRegistry meters) {
            this(endpoint, meters == null ? null : new Timer[] {timer(meters, endpoint, "success"),
                    timer(meters, endpoint, "refused"), timer(meters, endpoint, "failed")});
        }

        private static Timer timer(MeterRegistry meters, DirectEndpoint endpoint, String outcome) {
            return Timer.builder("yibao.direct.requests").description("Calls of a machine interface")
                    .tag("path", endpoint.path()).tag("outcome", outcome).register(meters);
        }

        void record(int status, long startedNanos) {
            if (timers != null) {
                timers[status >= 500 ? 2 : status >= 400 ? 1 : 0].record(System.nanoTime() - startedNanos,
                        java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        }
    }

    /** The filter's URL patterns: each path, and {@code path/*} for endpoints that route by path. */
    List<String> paths() {
        return served.values().stream().map(Served::endpoint).flatMap(e -> e.routesByPath()
                ? Stream.of(e.path(), e.path() + "/*") : Stream.of(e.path())).toList();
    }

    /** The endpoint of a request path with the path segment it was routed by, null when it is no endpoint's. */
    private @Nullable Routed routed(String path) {
        Served exact = served.get(path);
        if (exact != null) {
            return new Routed(exact, null);
        }
        int slash = path.lastIndexOf('/');
        Served parent = slash > 0 ? served.get(path.substring(0, slash)) : null;
        return parent != null && parent.endpoint().routesByPath() && slash < path.length() - 1
                ? new Routed(parent, path.substring(slash + 1)) : null;
    }

    private record Routed(Served served, @Nullable String segment) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        Routed routed = routed(req.getRequestURI().substring(req.getContextPath().length()));
        if (routed == null) {
            chain.doFilter(request, response);
            return;
        }
        Served target = routed.served();
        long started = System.nanoTime();
        int status;
        if (!"POST".equals(req.getMethod())) {
            res.setHeader("Allow", "POST");
            status = problem(res, 405, "METHOD_NOT_ALLOWED");
        } else if (req.getContentLengthLong() > maxBody) {
            status = tooLarge(res);
        } else {
            status = answer(target.endpoint(), req, res, routed.segment());
        }
        target.record(status, started);
    }

    private int answer(DirectEndpoint endpoint, HttpServletRequest req, HttpServletResponse res,
                       @Nullable String segment) throws IOException {
        DirectEndpoint.Reply reply;
        try {
            reply = endpoint.answer(new BoundedCall(req, maxBody, segment));
        } catch (BodyTooLarge e) {
            return tooLarge(res);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                log.warn("Database unavailable on {}: {}", endpoint.path(), e.toString());
                res.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                return problem(res, 503, DatabaseOutage.CODE);
            }
            log.error("Unexpected error on {}", endpoint.path(), e);
            return problem(res, 500, "INTERNAL_ERROR");
        }
        write(res, reply.status(), reply.contentType(), reply.json());
        return reply.status();
    }

    /** 413, closing the connection so that the rest of the body is not read either. */
    private int tooLarge(HttpServletResponse res) throws IOException {
        res.setHeader("Connection", "close");
        return problem(res, 413, "PAYLOAD_TOO_LARGE", Integer.toString(maxBody / 1024));
    }

    /** A call whose body is read on first use, at most {@code maxBody} bytes of it. */
    private static final class BoundedCall implements DirectEndpoint.Call {
        private final HttpServletRequest req;
        private final int maxBody;
        private final @Nullable String segment;
        private @Nullable String body;
        private boolean read;

        BoundedCall(HttpServletRequest req, int maxBody, @Nullable String segment) {
            this.req = req;
            this.maxBody = maxBody;
            this.segment = segment;
        }

        @Override
        public @Nullable String pathSegment() {
            return segment;
        }

        @Override
        public @Nullable String header(String name) {
            return req.getHeader(name);
        }

        @Override
        public @Nullable String body() {
            if (!read) {
                // a declared length (at most maxBody: larger ones were answered 413 unread) is read into an array of
                // its size; a chunked body in 8 KiB steps up to the bound
                long declared = req.getContentLengthLong();
                byte[] bytes;
                try {
                    bytes = req.getInputStream().readNBytes(declared >= 0 ? (int) declared : maxBody + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (bytes.length > maxBody) {
                    throw new BodyTooLarge();
                }
                body = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
                read = true;
            }
            return body;
        }
    }

    /** A body longer than the limit, found while reading it. */
    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super(null, null, false, false);
        }
    }

    private int problem(HttpServletResponse res, int status, String code, Object... args) throws IOException {
        String detail = messages.text("error." + code, args).replace("\\", "\\\\").replace("\"", "\\\"");
        write(res, status, "application/problem+json", "{\"type\":\"https://yibao.org/problems/"
                + code.toLowerCase().replace('_', '-') + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"code\":\"" + code + "\"}");
        return status;
    }

    private static void write(HttpServletResponse res, int status, String type, @Nullable String json)
            throws IOException {
        res.setStatus(status);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Cache-Control", "no-store");
        if (json == null) {
            res.setContentLength(0);
            return;
        }
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        res.setContentType(type + ";charset=UTF-8");
        res.setContentLength(out.length);
        res.getOutputStream().write(out);
    }
}
