package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Replays the requests a hospital information system sends, in the shapes its source builds them (issue 22), and
 * checks that each answer field the client reads is there with the type it reads it as. Each client test names the
 * source files its shapes come from. Every client here signs in lower case, as SHA-256 hex digests print.
 */
abstract class HisContractTest extends FsiTest {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** How a client reads a field: Jackson, Newtonsoft and fastjson turn numbers into strings and back. */
    enum Read {
        /** A string, or a number the client converts to a string. */
        SCALAR,
        /** A JSON number (read into Double/BigDecimal, or compared with 0). */
        NUMBER,
        /** A JSON string. */
        TEXT,
        OBJECT,
        LIST
    }

    /**
     * A client's common input and transport: its envelope builder (the body with {@code infno} and {@code input}
     * filled in) and whether it posts to {@code …/callService/{infno}}.
     */
    interface Client {
        Map<String, @Nullable Object> envelope(String infno, String msgid, Object input);

        boolean routesByPath();
    }

    /**
     * The national common input with what every client here fills alike: the transaction and its message id, 唐山
     * as both areas, version V1.0, the time, the test institution and {@code input}. Each client adds its own
     * fields (the receiving system, the operator, the signing fields it knows).
     */
    static Map<String, @Nullable Object> commonInput(String infno, String msgid, Object input) {
        Map<String, @Nullable Object> e = new LinkedHashMap<>();
        e.put("infno", infno);
        e.put("msgid", msgid);
        e.put("mdtrtarea_admvs", "130200");
        e.put("insuplc_admdvs", "130200");
        e.put("infver", "V1.0");
        e.put("inf_time", now());
        e.put("fixmedins_code", HOSPITAL);
        e.put("fixmedins_name", "测试机构");
        e.put("input", input);
        return e;
    }

    /** 3201 对总账 of today's 310 settlements as the client sends {@code ledger}; its stmtinfo is read as scalars. */
    void reconciles(Client client, Map<String, @Nullable Object> ledger) {
        reads("3201 stmtinfo", succeeds(client, "3201", Map.of("data", ledger)).get("stmtinfo"),
                all(Read.SCALAR, "setl_optins", "stmt_rslt", "stmt_rslt_dscr"));
    }

    /** The 3201 input every client here fills alike (险种 310, 清算类别 11, 唐山, today), then the amounts as given. */
    static Map<String, @Nullable Object> ledger(Object zero, Object count) {
        Map<String, @Nullable Object> ledger = new LinkedHashMap<>();
        ledger.put("insutype", "310");
        ledger.put("clr_type", "11");
        ledger.put("setl_optins", "130200");
        ledger.put("stmt_begndate", today());
        ledger.put("stmt_enddate", today());
        ledger.put("medfee_sumamt", zero);
        ledger.put("fund_pay_sumamt", zero);
        ledger.put("acct_pay", zero);
        ledger.put("fixmedins_setl_cnt", count);
        return ledger;
    }

    /** Sends a call as the client frames it, signed in lower case; answers the whole response. */
    JsonNode replay(Client client, String infno, Object input) {
        String body = JSON.writeValueAsString(client.envelope(infno, msgid(HOSPITAL), input));
        Json r = send(client.routesByPath() ? PATH + "/" + infno : PATH, HOSPITAL, "demo-token-" + HOSPITAL, body,
                Instant.now().getEpochSecond(), UUID.randomUUID().toString().replace("-", ""),
                s -> s.toLowerCase(Locale.ROOT));
        assertThat(r.status()).as(infno + " HTTP status").isEqualTo(200);
        return r.body();
    }

    /** The output of a call that must succeed; {@code infcode} is the number 0, as clients compare it. */
    JsonNode succeeds(Client client, String infno, Object input) {
        JsonNode response = replay(client, infno, input);
        assertThat(response.get("infcode").isNumber()).as(infno + " infcode is a number").isTrue();
        assertThat(response.get("infcode").asInt()).as(infno + ": " + response.path("err_msg")).isZero();
        return response.get("output");
    }

    /** Each field is present, not null, and of the kind the client reads it as. */
    static void reads(String where, @Nullable JsonNode node, Map<String, Read> fields) {
        assertThat(node).as(where).isNotNull();
        fields.forEach((field, read) -> {
            JsonNode value = node.get(field);
            assertThat(value).as(where + "." + field).isNotNull();
            assertThat(value.isNull()).as(where + "." + field + " is null").isFalse();
            boolean fits = switch (read) {
                case SCALAR -> value.isString() || value.isNumber();
                case NUMBER -> value.isNumber();
                case TEXT -> value.isString();
                case OBJECT -> value.isObject();
                case LIST -> value.isArray();
            };
            assertThat(fits).as(where + "." + field + " read as " + read + ": " + value).isTrue();
        });
    }

    /** The fields, all read the same way. */
    static Map<String, Read> all(Read read, String... fields) {
        Map<String, Read> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, read);
        }
        return out;
    }

    static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(TIME);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** A fresh visit number of the HIS. */
    static String visitNumber() {
        return "MZ" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** {@code mdtrt_id} of a 2201 answer ({@code output.data}). */
    static String mdtrtId(JsonNode registered) {
        return registered.get("data").get("mdtrt_id").asString();
    }

    /** The national setlinfo amounts every client here reads. */
    static final List<String> SETLINFO_AMOUNTS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
            "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "cvlserv_pay",
            "hifes_pay", "hifmi_pay", "hifob_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "psn_part_amt",
            "acct_pay", "psn_cash_pay", "hosp_part_amt", "balc", "acct_mulaid_pay");
}
