package org.yibao.settlement.institution;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the WeChat Pay API v3 on a random port, with keys made for the test: it checks the merchant's
 * signature of every request (refusing an unsigned or wrongly signed one with 401, as WeChat Pay does), records what
 * arrived, answers signed with the platform key, and builds signed, encrypted payment notifications. It speaks plain
 * HTTP/1.1 over a socket because the SDK reads the answer's headers by their exact spelling (Wechatpay-Timestamp),
 * which the JDK's HttpServer would rewrite.
 */
final class WechatPayStub {

    static final String MERCHANT_ID = "1900000109";
    static final String APP_ID = "wxd678efh567hg6787";
    static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092025120300000000000001";
    static final String API_V3_KEY = "a7cde1ef41e7f9d6a4b1e2c3d4e5f6a7";
    private static final Pattern FIELD = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One request the SDK sent, with its signature checked. */
    record Received(String method, String path, String body, boolean signed) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    /** While set, a Native order is declined as WeChat Pay declines one (400 PARAM_ERROR). */
    volatile boolean declining;

    /** How the stub answers a refund request of a refund number instead of accepting it. */
    enum RefundTrouble {
        /** WeChat Pay's own trouble: 500 SYSTEM_ERROR, to be sent again. */
        SYSTEM_ERROR,
        /** A refusal sending again does not change: 403 USER_ACCOUNT_ABNORMAL. */
        ACCOUNT_ABNORMAL
    }

    /** Refund numbers (out_refund_no) meeting a trouble until it is removed. */
    final Map<String, RefundTrouble> refundTroubles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per refund number, how many refund requests the stub accepted. */
    final Map<String, Integer> refundsAccepted = new java.util.concurrent.ConcurrentHashMap<>();
    final KeyPair merchant = rsa();
    final KeyPair platform = rsa();
    final Path privateKeyPath;
    final Path publicKeyPath;
    private final ServerSocket server;

    WechatPayStub() {
        try {
            privateKeyPath = pem("PRIVATE KEY", merchant.getPrivate().getEncoded());
            publicKeyPath = pem("PUBLIC KEY", platform.getPublic().getEncoded());
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread serving = new Thread(this::serve, "wechatpay-stub");
        serving.setDaemon(true);
        serving.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                handle(new Exchange(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream()));
            } catch (IOException | RuntimeException e) {
                // one broken exchange; the next connection is served
            }
        }
    }

    /** One request read off the socket, answered with {@code Connection: close}. */
    private static final class Exchange {
        final String method;
        final URI uri;
        final Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final String body;
        private final OutputStream out;

        Exchange(InputStream in, OutputStream out) throws IOException {
            this.out = out;
            String[] requestLine = line(in).split(" ");
            method = requestLine[0];
            uri = URI.create(requestLine[1]);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n' && b != -1; b = in.read()) {
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        void send(int status, Map<String, String> responseHeaders, byte[] content) throws IOException {
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + (status < 300 ? " OK" : " Error") + "\r\n");
            responseHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
        }
    }

    List<Received> to(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(Exchange exchange) throws IOException {
        String body = exchange.body;
        String path = exchange.uri.getRawPath();
        boolean signed = merchantSigned(exchange, body);
        received.add(new Received(exchange.method, path, body, signed));
        if (!signed) {
            reply(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
        } else if (path.equals("/v3/pay/transactions/native") && declining) {
            reply(exchange, 400, "{\"code\":\"PARAM_ERROR\",\"message\":\"参数错误\"}");
        } else if (path.equals("/v3/pay/transactions/native")) {
            reply(exchange, 200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + UUID.randomUUID() + "\"}");
        } else if (path.equals("/v3/refund/domestic/refunds")) {
            refund(exchange, body);
        } else if (path.startsWith("/v3/pay/transactions/out-trade-no/") && path.endsWith("/close")) {
            reply(exchange, 204, "");
        } else {
            reply(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"无此接口\"}");
        }
    }

    private void refund(Exchange exchange, String body) throws IOException {
        Matcher number = Pattern.compile("\"out_refund_no\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        String refundNo = number.find() ? number.group(1) : "";
        RefundTrouble trouble = refundTroubles.get(refundNo);
        if (trouble == RefundTrouble.SYSTEM_ERROR) {
            reply(exchange, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统超时\"}");
        } else if (trouble == RefundTrouble.ACCOUNT_ABNORMAL) {
            reply(exchange, 403, "{\"code\":\"USER_ACCOUNT_ABNORMAL\",\"message\":\"退款请求失败\"}");
        } else {
            refundsAccepted.merge(refundNo, 1, Integer::sum);
            reply(exchange, 200, "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":\""
                    + refundNo + "\",\"status\":\"PROCESSING\"}");
        }
    }

    private boolean merchantSigned(Exchange exchange, String body) {
        String authorization = exchange.headers.get("Authorization");
        String scheme = "WECHATPAY2-SHA256-RSA2048 ";
        if (authorization == null || !authorization.startsWith(scheme)) {
            return false;
        }
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher m = FIELD.matcher(authorization.substring(scheme.length()));
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        if (!MERCHANT_ID.equals(fields.get("mchid")) || !SERIAL.equals(fields.get("serial_no"))
                || fields.get("signature") == null) {
            return false;
        }
        String message = exchange.method + "\n" + exchange.uri.getRawPath()
                + (exchange.uri.getRawQuery() == null ? "" : "?" + exchange.uri.getRawQuery())
                + "\n" + fields.get("timestamp") + "\n" + fields.get("nonce_str") + "\n" + body + "\n";
        return verify(merchant.getPublic(), message, fields.get("signature"));
    }

    private void reply(Exchange exchange, int status, String body) throws IOException {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Request-ID", UUID.randomUUID().toString());
        headers.put("Wechatpay-Serial", PUBLIC_KEY_ID);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", sign(platform.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"));
        exchange.send(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers and body of a 支付成功 notice for {@code orderNo} of {@code totalFen}, signed with {@code key}. */
    Map<String, String> notice(String orderNo, long totalFen, String transactionId, PrivateKey key) {
        String transaction = """
                {"mchid":"%s","appid":"%s","out_trade_no":"%s","transaction_id":"%s","trade_type":"NATIVE",
                 "trade_state":"SUCCESS","trade_state_desc":"支付成功","bank_type":"OTHERS",
                 "success_time":"2026-12-03T10:00:00+08:00","payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
                 "amount":{"total":%d,"payer_total":%d,"currency":"CNY","payer_currency":"CNY"}}"""
                .formatted(MERCHANT_ID, APP_ID, orderNo, transactionId, totalFen, totalFen);
        String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String body = """
                {"id":"%s","create_time":"2026-12-03T10:00:01+08:00","resource_type":"encrypt-resource",
                 "event_type":"TRANSACTION.SUCCESS","summary":"支付成功","resource":{"original_type":"transaction",
                 "algorithm":"AEAD_AES_256_GCM","ciphertext":"%s","associated_data":"transaction","nonce":"%s"}}"""
                .formatted(UUID.randomUUID(), encrypt(transaction, nonce, "transaction"), nonce);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String signatureNonce = UUID.randomUUID().toString().replace("-", "");
        return Map.of("body", body, "Wechatpay-Serial", PUBLIC_KEY_ID, "Wechatpay-Timestamp", timestamp,
                "Wechatpay-Nonce", signatureNonce, "Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048",
                "Wechatpay-Signature", sign(key, timestamp + "\n" + signatureNonce + "\n" + body + "\n"));
    }

    private static String encrypt(String plain, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String message, String signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Path pem(String type, byte[] der) throws IOException {
        Path file = Files.createTempFile("wechatpay-", ".pem");
        file.toFile().deleteOnExit();
        Files.writeString(file, "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n");
        return file;
    }
}
