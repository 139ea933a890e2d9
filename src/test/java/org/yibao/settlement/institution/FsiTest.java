package org.yibao.settlement.institution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.Money;
import org.yibao.settlement.selfpay.CashOrders;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.yibao.common.PersonId;

/** A signed institution client for the settlement API tests, and the visits most of them start from. */
abstract class FsiTest extends YibaoHttpTest {

    static final String PATH = "/fsi/api/rsfComIfsService/callService";
    static final String HOSPITAL = "H13020300001";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Keeps amounts as sent (two decimals), so that tests can check the wire format. */
    static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final Map<String, String> signNos = new ConcurrentHashMap<>();

    @Autowired
    PersonalAccounts accounts;

    /** A fresh msgid of the institution: code + time + a serial unique in this test run. */
    static String msgid(String institution) {
        int serial = SERIAL.incrementAndGet();
        String stamp = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusSeconds(serial / 10_000).format(STAMP);
        return institution + stamp + String.format("%04d", serial % 10_000);
    }

    static Map<String, Object> envelope(String institution, String infno, String msgid, String signNo, Object input) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("infno", infno);
        e.put("msgid", msgid);
        e.put("mdtrtarea_admvs", "130200");
        e.put("insuplc_admdvs", "130200");
        e.put("recer_sys_code", "FSI");
        e.put("infver", "V1.0");
        e.put("opter_type", "1");
        e.put("opter", "op01");
        e.put("opter_name", "收费员");
        e.put("inf_time", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        e.put("fixmedins_code", institution);
        e.put("fixmedins_name", "测试机构");
        e.put("sign_no", signNo);
        e.put("input", input);
        return e;
    }

    /** Sends a body signed for {@code paasid} with {@code token}; answers status and parsed body. */
    Json send(String paasid, String token, String body, long timestamp, String nonce) {
        return send(PATH, paasid, token, body, timestamp, nonce);
    }

    Json send(String path, String paasid, String token, String body, long timestamp, String nonce) {
        return send(path, paasid, token, body, timestamp, nonce, UnaryOperator.identity());
    }

    /** Sends a body whose signature is written as {@code signatureForm} makes it (e.g. in lower case). */
    Json send(String path, String paasid, String token, String body, long timestamp, String nonce,
              UnaryOperator<String> signatureForm) {
        HttpResponse<String> r = post(path, paasid, token, body, timestamp, nonce, signatureForm);
        return new Json(r.statusCode(), r.body().isBlank() ? null : EXACT.readTree(r.body()));
    }

    /** Sends a body signed for the institution with its demo token; answers the response body as sent, unparsed. */
    String sendRaw(String institution, String body) {
        return post(PATH, institution, "demo-token-" + institution, body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString(), UnaryOperator.identity()).body();
    }

    private HttpResponse<String> post(String path, String paasid, String token, String body, long timestamp,
                                      String nonce, UnaryOperator<String> signatureForm) {
        String ts = Long.toString(timestamp);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("x-tif-paasid", paasid).header("x-tif-timestamp", ts).header("x-tif-nonce", nonce)
                .header("x-tif-signature", signatureForm.apply(InstitutionSignatures.sign(ts, token, nonce)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Json sendBody(String institution, String body) {
        return send(institution, "demo-token-" + institution, body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString());
    }

    String signNo(String institution) {
        return signNos.computeIfAbsent(institution, i -> {
            Json r = sendBody(i, JSON.writeValueAsString(envelope(i, "9001", msgid(i), "",
                    Map.of("signIn", Map.of("opter_no", "op01", "mac", "00-00", "ip", "127.0.0.1")))));
            return r.body().get("output").get("signinoutb").get("sign_no").asString();
        });
    }

    Json call(String institution, String infno, String msgid, Object input) {
        return sendBody(institution, JSON.writeValueAsString(envelope(institution, infno, msgid, signNo(institution), input)));
    }

    Json call(String institution, String infno, Object input) {
        return call(institution, infno, msgid(institution), input);
    }

    static JsonNode ok(Json r) {
        if (r.status() != 200 || r.body().get("infcode").asInt() != 0) {
            throw new AssertionError("expected success: " + r);
        }
        return r.body().get("output");
    }

    /** An employee (310 in service) of the region with a personal account holding {@code balance}. */
    TestPerson employee(String name, String region, String balance) {
        TestPerson p = insuredPerson(name, region, "246810", "135790");
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id()).update();
        accounts.open(new OpenAccount(p.id(), region, Money.ofYuan(balance), "test-open-" + p.id()));
        return p;
    }

    /** 2201 by ID number; answers the mdtrt_id. */
    String register(String institution, TestPerson p, String insutype) {
        Map<String, Object> data = new HashMap<>();
        data.put("psn_no", Long.toString(p.id()));
        data.put("insutype", insutype);
        data.put("begntime", "2026-01-05 09:00:00");
        data.put("mdtrt_cert_type", "02");
        data.put("mdtrt_cert_no", p.idNumber());
        data.put("ipt_otp_no", "MZ" + UUID.randomUUID().toString().substring(0, 12));
        data.put("dept_name", "内科");
        return ok(call(institution, "2201", Map.of("data", data))).get("data").get("mdtrt_id").asString();
    }

    static Map<String, Object> fee(String sn, String mdtrtId, long personId, String code, String cnt, String pric,
                                   String sum) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("feedetl_sn", sn);
        f.put("mdtrt_id", mdtrtId);
        f.put("psn_no", Long.toString(personId));
        f.put("chrg_bchno", "B1");
        f.put("fee_ocur_time", "2026-01-05 09:10:00");
        f.put("med_list_codg", code);
        f.put("medins_list_codg", code);
        f.put("det_item_fee_sumamt", sum);
        f.put("cnt", cnt);
        f.put("pric", pric);
        return f;
    }

    static Map<String, Object> settleInput(TestPerson p, String mdtrtId, String insutype, String total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("psn_no", Long.toString(p.id()));
        data.put("mdtrt_cert_type", "02");
        data.put("mdtrt_cert_no", p.idNumber());
        data.put("med_type", "11");
        data.put("medfee_sumamt", total);
        data.put("psn_setlway", "01");
        data.put("mdtrt_id", mdtrtId);
        data.put("chrg_bchno", "B1");
        data.put("insutype", insutype);
        data.put("acct_used_flag", "1");
        return Map.of("data", data);
    }

    /** A registered visit with one 阿莫西林胶囊 (12.50) uploaded. */
    String visitWithAmoxicillin(TestPerson p, String insutype) {
        String mdtrtId = register(HOSPITAL, p, insutype);
        ok(call(HOSPITAL, "2204", Map.of("feedetail",
                List.of(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")))));
        return mdtrtId;
    }

    /** 2601 input undoing the message {@code omsgid} of transaction {@code oinfno}. */
    static Map<String, Object> correction(TestPerson p, String omsgid, String oinfno) {
        return Map.of("data", Map.of("psn_no", Long.toString(p.id()), "omsgid", omsgid, "oinfno", oinfno));
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    Money balance(long personId) {
        return accounts.balance(new PersonId(personId)).orElse(Money.ZERO);
    }

    /** An employee's settlement whose 7.50 of cash (750 fen) is a 自费支付 order, with the citizen's login. */
    record CashSettled(TestPerson person, String phone, String token, String setlId, String mdtrtId, String orderNo) {
    }

    /** Settles 12.50 for a new employee with 5.00 in the account: 7.50 stays to pay as a 自费支付 order. */
    CashSettled cashSettlement(String name) {
        TestPerson p = employee(name, "130200", "5.00");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        String mdtrtId = visitWithAmoxicillin(p, "310");
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"))).get("setlinfo");
        String setlId = setl.get("setl_id").asString();
        return new CashSettled(p, phone, login(phone, "Secret2025"), setlId, mdtrtId, CashOrders.orderNo(setlId));
    }

    /** The citizen starts paying the order, with a request key of the settlement's. */
    Json payCash(CashSettled s) {
        return post("/api/v1/selfpay/orders/" + s.orderNo() + "/payment", Map.of("idempotencyKey", "key-" + s.setlId()),
                s.token());
    }
}
