package org.yibao.settlement.selfpay.alipay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yibao.common.web.DirectEndpoint;

/**
 * The form-encoded body of an Alipay notification, read within bounds before anything else: at most 8 KB, 64 fields,
 * each named in lower case and at most 4 KB long, none twice. Anything else is refused unread.
 */
final class NoticeForm {

    static final int MAX_BYTES = 8 * 1024;
    private static final int MAX_FIELDS = 64;
    private static final int MAX_VALUE = 4 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private NoticeForm() {
    }

    /** A body that is no notice; {@code status} is what the endpoint answers. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static Map<String, String> parse(DirectEndpoint.Call call) {
        String type = call.header("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw new Refused(415, "not form-encoded");
        }
        if (tooLong(call.header("Content-Length"))) {
            throw new Refused(413, "longer than " + MAX_BYTES + " bytes");
        }
        String body = call.body();
        if (body == null || body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refused(body == null ? 400 : 413, body == null ? "empty" : "too long");
        }
        String[] pairs = body.split("&", MAX_FIELDS + 1);
        if (pairs.length > MAX_FIELDS) {
            throw new Refused(400, "more than " + MAX_FIELDS + " fields");
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value;
            try {
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "a malformed escape in " + name);
            }
            if (!NAME.matcher(name).matches() || value.length() > MAX_VALUE || fields.put(name, value) != null) {
                throw new Refused(400, "a field out of bounds or twice");
            }
        }
        return fields;
    }

    private static boolean tooLong(@Nullable String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
