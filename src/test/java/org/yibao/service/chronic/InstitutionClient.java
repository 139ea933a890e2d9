package org.yibao.service.chronic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.yibao.catalog.InstitutionSignatures;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed demo institution calling the settlement API, as a hospital cashier system would. */
final class InstitutionClient {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final AtomicInteger SERIAL = new AtomicInteger(5000);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String institution;
    private String signNo = "";

    InstitutionClient(int port, String institution) {
        this.base = "http://localhost:" + port;
        this.institution = institution;
        this.signNo = output("9001", Map.of("signIn", Map.of("opter_no", "op01", "mac", "00-00", "ip", "127.0.0.1")))
                .get("signinoutb").get("sign_no").asString();
    }

    /** The output of a successful transaction; fails the test on a refusal. */
    JsonNode output(String infno, Object input) {
        JsonNode body = call(infno, input);
        if (body.get("infcode").asInt() != 0) {
            throw new AssertionError(infno + " refused: " + body);
        }
        return body.get("output");
    }

    JsonNode call(String infno, Object input) {
        int serial = SERIAL.incrementAndGet();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("infno", infno);
        e.put("msgid", institution + LocalDateTime.now(ZONE).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + String.format("%04d", serial % 10_000));
        e.put("mdtrtarea_admvs", "130600");
        e.put("insuplc_admdvs", "130600");
        e.put("recer_sys_code", "FSI");
        e.put("infver", "V1.0");
        e.put("opter_type", "1");
        e.put("opter", "op01");
        e.put("opter_name", "收费员");
        e.put("inf_time", LocalDateTime.now(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        e.put("fixmedins_code", institution);
        e.put("fixmedins_name", "测试机构");
        e.put("sign_no", signNo);
        e.put("input", input);
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/fsi/api/rsfComIfsService/callService"))
                .header("Content-Type", "application/json").header("x-tif-paasid", institution)
                .header("x-tif-timestamp", ts).header("x-tif-nonce", nonce)
                .header("x-tif-signature", InstitutionSignatures.sign(ts, "demo-token-" + institution, nonce))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(e))).build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Pre-settles (2206, nothing is kept) a 门诊慢特病 visit of a 居民 with {@code count} 卡托普利片 at 5.00 and
     * answers the fund's payment (hifp_pay).
     */
    java.math.BigDecimal chronicFundPayment(long personId, String idNumber, String disease, int count) {
        String total = String.format("%d.00", count * 5);
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("psn_no", Long.toString(personId));
        register.put("insutype", "390");
        register.put("begntime", LocalDateTime.now(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        register.put("mdtrt_cert_type", "02");
        register.put("mdtrt_cert_no", idNumber);
        register.put("ipt_otp_no", "MZ" + UUID.randomUUID().toString().substring(0, 12));
        register.put("dept_name", "内分泌科");
        String mdtrtId = output("2201", Map.of("data", register)).get("data").get("mdtrt_id").asString();
        output("2203", Map.of("mdtrtinfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(personId),
                "med_type", "14", "begntime", register.get("begntime"), "dise_codg", disease, "dise_name", "门诊慢特病")));
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("feedetl_sn", "1");
        fee.put("mdtrt_id", mdtrtId);
        fee.put("psn_no", Long.toString(personId));
        fee.put("chrg_bchno", "B1");
        fee.put("fee_ocur_time", register.get("begntime"));
        fee.put("med_list_codg", "XC09AAA001");
        fee.put("medins_list_codg", "XC09AAA001");
        fee.put("det_item_fee_sumamt", total);
        fee.put("cnt", Integer.toString(count));
        fee.put("pric", "5.00");
        output("2204", Map.of("feedetail", List.of(fee)));
        Map<String, Object> settle = new LinkedHashMap<>();
        settle.put("psn_no", Long.toString(personId));
        settle.put("mdtrt_cert_type", "02");
        settle.put("mdtrt_cert_no", idNumber);
        settle.put("med_type", "14");
        settle.put("medfee_sumamt", total);
        settle.put("psn_setlway", "01");
        settle.put("mdtrt_id", mdtrtId);
        settle.put("chrg_bchno", "B1");
        settle.put("insutype", "390");
        settle.put("acct_used_flag", "0");
        JsonNode setl = output("2206", Map.of("data", settle)).get("setlinfo");
        return setl.get("hifp_pay").decimalValue();
    }
}
