package org.yibao.settlement.institution;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for Alipay's open-platform gateway on a random port, with RSA keys made for the test: it checks
 * every request's {@code app_id}, {@code method}, {@code sign_type} and RSA2 {@code sign} (over the sorted parameters,
 * verified with the application's public key), records the {@code biz_content}, and answers signed JSON with the
 * Alipay key as the gateway does. It also builds signed payment notifications as Alipay posts them.
 */
final class AlipayStub {

    static final String APP_ID = "2021004100000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request the SDK sent: its API method, all parameters, whether the signature verified, its biz_content. */
    record Received(String method, Map<String, String> params, boolean signed, JsonNode biz) {
    }

    /** How the stub answers an order's next request instead of succeeding. */
    enum Trouble {
        /** A business refusal with this sub_code. */
        TRADE_HAS_CLOSE,
        /** The connection is dropped without an answer. */
        UNREACHABLE,
        /** A success answer signed with a key that is not Alipay's. */
        FORGED_ANSWER,
        /** Alipay's own trouble (20000 isp.unknow-error), to be sent again. */
        SYSTEM_ERROR
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final KeyPair application = WechatPayStub.rsa();
    final KeyPair alipay = WechatPayStub.rsa();
    final Path privateKeyPath;
    final Path alipayPublicKeyPath;
    private final Map<String, Trouble> troubles = new ConcurrentHashMap<>();
    /** Per refund number (out_request_no), how many refund requests the stub accepted. */
    final Map<String, Integer> refundsAccepted = new ConcurrentHashMap<>();
    private final HttpServer server;

    AlipayStub() {
        try {
            privateKeyPath = keyFile(Base64.getEncoder().encodeToString(application.getPrivate().getEncoded()));
            alipayPublicKeyPath = keyFile("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64,
                    "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(alipay.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/gateway.do", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/gateway.do";
    }

    /** Every request about {@code orderNo} meets this trouble until {@link #clear}. */
    void trouble(String orderNo, Trouble trouble) {
        troubles.put(orderNo, trouble);
    }

    void clear(String orderNo) {
        troubles.remove(orderNo);
    }

    List<Received> of(String method, String orderNo) {
        return received.stream().filter(r -> r.method().equals(method)
                && orderNo.equals(r.biz().path("out_trade_no").asString(""))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = new TreeMap<>(form(exchange.getRequestURI().getRawQuery()));
            params.putAll(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            boolean signed = APP_ID.equals(params.get("app_id")) && "RSA2".equals(params.get("sign_type"))
                    && "utf-8".equalsIgnoreCase(params.get("charset")) && params.get("sign") != null
                    && WechatPayStub.verify(application.getPublic(), content(params, "sign"), params.get("sign"));
            String method = params.getOrDefault("method", "");
            JsonNode biz = JSON.readTree(params.getOrDefault("biz_content", "{}"));
            received.add(new Received(method, Map.copyOf(params), signed, biz));
            String orderNo = biz.path("out_trade_no").asString("");
            Trouble trouble = troubles.get(orderNo);
            if (trouble == Trouble.UNREACHABLE) {
                return; // closed without an answer
            }
            String node = method.replace('.', '_') + "_response";
            String answer;
            if (!signed) {
                node = "error_response";
                answer = error("40002", "Invalid Arguments", "isv.invalid-signature", "验签出错");
            } else if (trouble == Trouble.TRADE_HAS_CLOSE) {
                answer = error("40004", "Business Failed", "ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
            } else if (trouble == Trouble.SYSTEM_ERROR) {
                answer = error("20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙");
            } else {
                if (method.equals("alipay.trade.refund")) {
                    refundsAccepted.merge(biz.path("out_request_no").asString(""), 1, Integer::sum);
                }
                answer = success(method, orderNo, biz);
            }
            PrivateKey signer = trouble == Trouble.FORGED_ANSWER ? WechatPayStub.rsa().getPrivate() : alipay.getPrivate();
            byte[] out = ("{\"" + node + "\":" + answer + ",\"sign\":\"" + WechatPayStub.sign(signer, answer) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
        }
    }

    private static String success(String method, String orderNo, JsonNode biz) {
        String tradeNo = "2026120322001" + Math.abs(orderNo.hashCode());
        return switch (method) {
            case "alipay.trade.precreate" -> "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + orderNo
                    + "\",\"qr_code\":\"https://qr.alipay.com/bax0" + UUID.randomUUID().toString().substring(0, 18)
                    + "\"}";
            case "alipay.trade.refund" -> "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"" + tradeNo
                    + "\",\"out_trade_no\":\"" + orderNo + "\",\"buyer_logon_id\":\"159****5620\",\"fund_change\":\"Y\","
                    + "\"refund_fee\":\"" + biz.path("refund_amount").asString("") + "\",\"gmt_refund_pay\":"
                    + "\"2026-12-03 10:30:00\"}";
            case "alipay.trade.close" -> "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"" + tradeNo
                    + "\",\"out_trade_no\":\"" + orderNo + "\"}";
            default -> error("40004", "Business Failed", "isv.invalid-method", "不存在的方法名");
        };
    }

    private static String error(String code, String msg, String subCode, String subMsg) {
        return "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"sub_code\":\"" + subCode + "\",\"sub_msg\":\""
                + subMsg + "\"}";
    }

    /** An Alipay payment notification, form-encoded as Alipay posts it, signed with {@code key}. */
    String notice(String orderNo, String totalAmount, String tradeNo, String tradeStatus, PrivateKey key) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("gmt_create", "2026-12-03 10:00:00");
        fields.put("charset", "utf-8");
        fields.put("gmt_payment", "2026-12-03 10:00:05");
        fields.put("notify_time", "2026-12-03 10:00:06");
        fields.put("subject", "唐山市工人医院 医保自费");
        fields.put("buyer_id", "2088102177846880");
        fields.put("invoice_amount", totalAmount);
        fields.put("version", "1.0");
        fields.put("notify_id", "2026120300222100005" + UUID.randomUUID().toString().substring(0, 8));
        fields.put("fund_bill_list", "[{\"amount\":\"" + totalAmount + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        fields.put("notify_type", "trade_status_sync");
        fields.put("out_trade_no", orderNo);
        fields.put("total_amount", totalAmount);
        fields.put("trade_status", tradeStatus);
        fields.put("trade_no", tradeNo);
        fields.put("auth_app_id", APP_ID);
        fields.put("receipt_amount", totalAmount);
        fields.put("point_amount", "0.00");
        fields.put("app_id", APP_ID);
        fields.put("buyer_pay_amount", totalAmount);
        fields.put("seller_id", "2088102177846880");
        fields.put("sign", WechatPayStub.sign(key, content(fields, "sign", "sign_type")));
        fields.put("sign_type", "RSA2");
        return encode(fields);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** What Alipay signs: the non-empty parameters but {@code left}, sorted by name, as {@code k=v&k=v}. */
    private static String content(Map<String, String> params, String... left) {
        List<String> skip = List.of(left);
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !skip.contains(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> fields = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static Path keyFile(String text) throws IOException {
        Path file = Files.createTempFile("alipay-", ".txt");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        return file;
    }
}
