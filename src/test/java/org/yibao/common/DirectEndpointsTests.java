package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/**
 * The machine interfaces answered ahead of the web framework (settlement API, 电子凭证解码): only POST, a body cap,
 * the same problem shape and headers as the REST API, and still described in OpenAPI.
 */
class DirectEndpointsTests extends YibaoHttpTest {

    private static final String FSI = "/fsi/api/rsfComIfsService/callService";
    private static final String EC = "/ec/api/query";

    @Test
    void anyMethodButPostIsRefusedWith405() throws Exception {
        for (String path : new String[] {FSI, EC}) {
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).as(path).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).contains("POST");
            assertThat(get.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(get.body());
            assertThat(problem.path("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
            assertThat(problem.path("detail").asString()).isEqualTo("不支持该请求方式");
        }
    }

    @Test
    void anUnsignedCallIsRefusedWith401AndCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url(FSI)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(post.body()).isEmpty();
        assertThat(post.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(post.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(post.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    }

    @Test
    void answersAnUnsignedChunkedBodyWith401BeforeReadingIt() throws Exception {
        Answer answer = raw("Transfer-Encoding: chunked\r\n", "",
                out -> out.write(("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        assertThat(answer.status()).as("answered with 64 KiB sent and the body never ended").isEqualTo(401);
        assertThat(answer.millis()).isLessThan(5_000);
    }

    @Test
    void refusesAnUnsignedSixteenMebibyteBodyWith413ByItsLength() throws Exception {
        Answer answer = raw("Content-Length: " + SIXTEEN_MIB + "\r\n", "", out -> out.write(new byte[64 * 1024]));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.millis()).as("answered with 64 KiB of 16 MiB sent").isLessThan(5_000);
    }

    @Test
    void refusesASignedSixteenMebibyteBodyWith413BeforeReadingIt() throws Exception {
        Answer answer = raw("Content-Length: " + SIXTEEN_MIB + "\r\n", signed(), out -> out.write(new byte[64 * 1024]));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"").contains("1024 KiB");
    }

    @Test
    void refusesASignedChunkedBodyOnceItPassesOneMebibyte() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        Answer answer = raw("Transfer-Encoding: chunked\r\n", signed(), out -> {
            for (int sent = 0; sent < SIXTEEN_MIB; sent += chunk.length) { // never ends: only a limit stops it
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.millis()).isLessThan(5_000);
    }

    private static final int SIXTEEN_MIB = 16 * 1024 * 1024;

    /** The x-tif-* headers of a demo hospital, correctly signed now. */
    private static String signed() {
        String ts = Long.toString(java.time.Instant.now().getEpochSecond());
        String nonce = java.util.UUID.randomUUID().toString();
        return "x-tif-paasid: H13020300001\r\nx-tif-timestamp: " + ts + "\r\nx-tif-nonce: " + nonce
                + "\r\nx-tif-signature: " + InstitutionSignatures.sign(ts, "demo-token-H13020300001", nonce) + "\r\n";
    }

    private record Answer(int status, String body, long millis) {
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * POSTs to the settlement API over a plain socket: the head, then the body from a thread of its own that stalls
     * (never closes) when done, so the answer can only come from what the server decided before the body ended.
     */
    private Answer raw(String framing, String headers, BodyWriter body) throws Exception {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + FSI + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + framing
                    + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException closed) {
                    // the server closed the connection after answering
                }
            });
            writer.setDaemon(true);
            writer.start();
            String response = readAnswer(socket.getInputStream());
            writer.interrupt();
            return new Answer(Integer.parseInt(response.substring(9, 12)), response,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The status line, headers and (by Content-Length) body of one HTTP/1.1 answer. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] content = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(content, StandardCharsets.UTF_8);
    }

    @Test
    void bothInterfacesAreDescribedInOpenApi() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        for (String path : new String[] {FSI, EC}) {
            JsonNode post = paths.path(path).path("post");
            assertThat(post.isObject()).as(path).isTrue();
            assertThat(post.path("parameters").findValuesAsString("name")).contains("x-tif-paasid", "x-tif-signature");
        }
    }
}
