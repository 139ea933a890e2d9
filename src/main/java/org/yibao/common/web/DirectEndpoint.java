package org.yibao.common.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A machine interface that hospitals and pharmacies call at the counter, many times a second: one POST path with a
 * JSON body, every call authenticated by its own signature headers (the settlement API, 电子凭证解码). Such an
 * interface has no use for sessions, logins, CSRF tokens, content negotiation or argument resolution, so it is
 * answered ahead of the web framework by one servlet filter that reads the body, asks the endpoint and writes its
 * JSON (common's {@code DirectEndpoints}); the endpoints are still listed in the OpenAPI description. Anything but
 * POST answers 405, an unexpected failure answers 500 with a problem and is logged, as on the REST API.
 */
public interface DirectEndpoint {

    /** The exact request path, e.g. {@code /ec/api/query}. */
    String path();

    /** One line for the OpenAPI description. */
    String summary();

    /** The OpenAPI tag the path is listed under. */
    String tag();

    /**
     * True when the endpoint is also called at {@code path() + "/{segment}"}, as province gateways route the national
     * interface by transaction ({@code …/callService/9001}); the segment is then {@link Call#pathSegment}.
     */
    default boolean routesByPath() {
        return false;
    }

    /** Headers every call must carry, for the OpenAPI description. */
    default List<String> requiredHeaders() {
        return List.of();
    }

    /** The answer to one POST. */
    Reply answer(Call call);

    /** What an endpoint may read of a request. */
    interface Call {
        /** A request header, null when absent. */
        @Nullable String header(String name);

        /**
         * The body as UTF-8 text, null when there is none. It is read on the first call, so an endpoint checks the
         * headers first; a body above {@code yibao.direct.max-body} is not read to its end and answers 413.
         */
        @Nullable String body();

        /** The segment after {@link #path()} of an endpoint that {@link #routesByPath}, null at the path itself. */
        default @Nullable String pathSegment() {
            return null;
        }
    }

    /**
     * The HTTP status and body (none when null) of an answer: JSON, or plain text for a provider that expects a word
     * ({@link #text}, e.g. Alipay's {@code success}).
     */
    record Reply(int status, @Nullable String json, String contentType) {

        public Reply(int status, @Nullable String json) {
            this(status, json, "application/json");
        }

        public static Reply ok(String json) {
            return new Reply(200, json);
        }

        /** A plain-text answer. */
        public static Reply text(int status, String text) {
            return new Reply(status, text, "text/plain");
        }
    }
}
