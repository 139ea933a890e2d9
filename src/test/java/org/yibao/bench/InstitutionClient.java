package org.yibao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.yibao.bench.BenchPeople.Group;
import org.yibao.catalog.InstitutionSignatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An institution's HIS as the benchmarks play it: the national envelope (API.md §1) signed with fresh
 * {@code x-tif-*} headers, one kept-alive connection per client thread, and the visit's calls 1101 → 2201 → 2204 →
 * 2207. Shared by {@link SettlementBenchmark} and {@link FailoverBenchmark}; each instance talks to one Yibao node.
 */
final class InstitutionClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String INSTITUTION = "H13060200001";
    static final String TOKEN = "demo-token-" + INSTITUTION;
    private static final DateTimeFormatter MSG_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter INF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Shared by every client of the JVM, so that two nodes' clients never make the same msgid or 门诊号. */
    private static final AtomicInteger SERIAL = new AtomicInteger();
    /** Makes this run's 门诊号 differ from those of earlier runs against the same database. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

    private final ThreadLocal<KeepAlive> connection;
    private final String url = "/fsi/api/rsfComIfsService/callService";
    private volatile String signNo = "";

    /** A client of the node at {@code baseUrl}; an answer not read within {@code readTimeoutMillis} fails the call. */
    InstitutionClient(String baseUrl, int readTimeoutMillis) {
        URI base = URI.create(baseUrl);
        this.connection = ThreadLocal.withInitial(() -> new KeepAlive(base.getHost(), base.getPort(), readTimeoutMillis));
    }

    void signIn() throws Exception {
        JsonNode out = call("9001", map("signIn", map("opter_no", "bench", "mac", "00-00-00-00-00-00",
                "ip", "127.0.0.1")));
        signNo = out.get("output").get("signinoutb").get("sign_no").asString();
    }

    /**
     * 1101 → 2201 → 2204 for a person by 就诊凭证; answers the prepared visit (its group, a bar, then what
     * {@link #settle} reads) or null.
     */
    String registerWithFees(Group group, String certType, String certNo, String idNumber) throws Exception {
        return registerWithFees(group, certType, certNo, idNumber, this::call);
    }

    /** How a call is sent: once ({@link #call(String, Object)}), or again with its msgid until answered. */
    interface Caller {
        JsonNode call(String infno, Object input) throws Exception;
    }

    /** 1101 → 2201 → 2204 as {@link #registerWithFees(Group, String, String, String)}, each call sent by the caller. */
    String registerWithFees(Group group, String certType, String certNo, String idNumber, Caller caller)
            throws Exception {
        JsonNode person = caller.call("1101", map("data", map("mdtrt_cert_type", certType, "mdtrt_cert_no", certNo,
                "psn_cert_type", "01", "certno", idNumber)));
        if (person.get("infcode").asInt() != 0) {
            return null;
        }
        String psnNo = person.get("output").get("baseinfo").get("psn_no").asString();
        JsonNode reg = caller.call("2201", map("data", map("psn_no", psnNo, "insutype", group.insutype,
                "begntime", LocalDateTime.now().format(INF_TIME), "mdtrt_cert_type", certType, "mdtrt_cert_no", certNo,
                "ipt_otp_no", "B" + RUN + "-" + SERIAL.incrementAndGet(), "atddr_no", "D001", "dr_name", "Bench",
                "dept_code", "A01", "dept_name", "Internal", "caty", "A01")));
        if (reg.get("infcode").asInt() != 0) {
            return null;
        }
        String mdtrtId = reg.get("output").get("data").get("mdtrt_id").asString();
        String batch = "CB" + RUN + SERIAL.incrementAndGet();
        JsonNode fees = caller.call("2204", map("feedetail", List.of(
                fee(mdtrtId, psnNo, batch, "1", "110200001", "1", "10.00"),
                fee(mdtrtId, psnNo, batch, "2", "XJ01CAA001", "2", "12.50"))));
        return fees.get("infcode").asInt() == 0 ? String.join("|", group.name(), psnNo, mdtrtId, batch, "35.00",
                certType, certNo, group.insutype, group.acctUsedFlag) : null;
    }

    private static Map<String, Object> fee(String mdtrtId, String psnNo, String batch, String sn, String code, String cnt,
                                           String price) {
        return map("feedetl_sn", sn, "mdtrt_id", mdtrtId, "psn_no", psnNo, "chrg_bchno", batch,
                "fee_ocur_time", LocalDateTime.now().format(INF_TIME), "med_list_codg", code, "medins_list_codg", code,
                "det_item_fee_sumamt", new BigDecimal(price).multiply(new BigDecimal(cnt)).toPlainString(),
                "cnt", cnt, "pric", price);
    }

    /** 2207 for a prepared visit (its group, then the fields {@link #registerWithFees} joined, all by bars). */
    boolean settle(String prepared) throws Exception {
        return settle(prepared, newMsgid()).get("infcode").asInt() == 0;
    }

    /** 2207 for a prepared visit under the given msgid; answers the whole answer. */
    JsonNode settle(String prepared, String msgid) throws Exception {
        return send(settlementEnvelope(prepared, msgid));
    }

    /** The message of a 2207 for a prepared visit under the given msgid, to send (again, unchanged) with {@link #send}. */
    String settlementEnvelope(String prepared, String msgid) throws Exception {
        String[] p = prepared.substring(prepared.indexOf('|') + 1).split("\\|");
        return envelope("2207", msgid, map("data", map("psn_no", p[0], "mdtrt_cert_type", p[4], "mdtrt_cert_no", p[5],
                "med_type", "11", "medfee_sumamt", p[3], "psn_setlway", "01", "mdtrt_id", p[1], "chrg_bchno", p[2],
                "insutype", p[6], "acct_used_flag", p[7])));
    }

    /** A msgid of the institution no other call of this JVM uses: code, time and a serial. */
    static String newMsgid() {
        return INSTITUTION + LocalDateTime.now().format(MSG_TIME)
                + String.format("%04d", SERIAL.incrementAndGet() % 10_000);
    }

    JsonNode call(String infno, Object input) throws Exception {
        return call(infno, newMsgid(), input);
    }

    JsonNode call(String infno, String msgid, Object input) throws Exception {
        return send(envelope(infno, msgid, input));
    }

    /**
     * The message of a call: a HIS that resends it under the same msgid sends these very bytes again (a message that
     * differs, if only in {@code inf_time}, is refused as another message under a used msgid).
     */
    String envelope(String infno, String msgid, Object input) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("infno", infno);
        envelope.put("msgid", msgid);
        envelope.put("mdtrtarea_admvs", "130600");
        envelope.put("insuplc_admdvs", "130600");
        envelope.put("recer_sys_code", "FSI_LOCAL");
        envelope.put("infver", "V1.0");
        envelope.put("opter_type", "1");
        envelope.put("opter", "bench");
        envelope.put("opter_name", "Bench");
        envelope.put("inf_time", now.format(INF_TIME));
        envelope.put("fixmedins_code", INSTITUTION);
        envelope.put("fixmedins_name", "bench");
        envelope.put("sign_no", signNo);
        envelope.put("input", input);
        return JSON.writeValueAsString(envelope);
    }

    /** Sends a message made by {@link #envelope} with fresh signature headers; answers the parsed body. */
    JsonNode send(String envelope) throws Exception {
        return post(url, envelope);
    }

    /** A call signed with fresh {@code x-tif-*} headers, on this client thread's connection; answers the parsed body. */
    JsonNode post(String target, String body) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        byte[] nonceBytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-tif-paasid", INSTITUTION);
        headers.put("x-tif-timestamp", timestamp);
        headers.put("x-tif-nonce", nonce);
        headers.put("x-tif-signature", InstitutionSignatures.sign(timestamp, TOKEN, nonce));
        return JSON.readTree(connection.get().post(target, headers, body));
    }

    /**
     * A minimal HTTP/1.1 client on one kept-alive connection per client thread (what an institution's HIS holds
     * open to the platform): far less CPU per call than a general client, which matters when the load generator
     * shares the two cores with Yibao and PostgreSQL. Understands Content-Length and chunked answers.
     */
    private static final class KeepAlive {

        private final String host;
        private final int port;
        private final int readTimeoutMillis;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        KeepAlive(String host, int port, int readTimeoutMillis) {
            this.host = host;
            this.port = port;
            this.readTimeoutMillis = readTimeoutMillis;
        }

        String post(String path, Map<String, String> headers, String body) throws IOException {
            try {
                return exchange(path, headers, body);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private String exchange(String path, Map<String, String> headers, String body) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(readTimeoutMillis);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16_384);
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                    .append(':').append(port).append("\r\nContent-Length: ").append(content.length).append("\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                answer.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IOException(status);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // the next call opens a new connection
            }
            socket = null;
        }
    }

    /** A JSON object from key, value pairs, in order (Map.of stops at ten pairs). */
    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
