package org.yibao.settlement.institution;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.InstitutionKind;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EcTokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The institution cashier's counter (收费台) on top of the institution API: every step is a national transaction
 * sent through {@link FsiMessages} exactly as a HIS would send it (1101, 2201, 2203, 2204, 2206 / 2207 / 2208,
 * 2101 / 2102 / 2103 for pharmacies), so a counter settlement obeys every rule of the API and is stored the same
 * way. Pre-settlement runs 2201, 2204 and 2206 in one transaction that is rolled back, so nothing is stored. A
 * settlement is keyed by a form token: its messages get msgids derived from the token, so a second submit of the
 * same form gets the stored answers and settles nothing twice.
 */
@Service
public class CashierDesk {

    /** A transaction's output as the pages read it. */
    private static final TypeReference<Map<String, Object>> OUTPUT = new TypeReference<>() {
    };

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern TOKEN = Pattern.compile("\\d{17}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

    private final FsiMessages messages;
    private final EcTokens ecTokens;
    private final Institutions institutions;
    private final MedicalCatalog catalog;
    private final InsuredPersons persons;
    private final SettlementRecords records;
    private final SetlInfo setlInfo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    CashierDesk(FsiMessages messages, EcTokens ecTokens, Institutions institutions, MedicalCatalog catalog,
                InsuredPersons persons, SettlementRecords records, SetlInfo setlInfo, JdbcClient jdbc, AuditTrail audit,
                Clock clock, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.ecTokens = ecTokens;
        this.institutions = institutions;
        this.catalog = catalog;
        this.persons = persons;
        this.records = records;
        this.setlInfo = setlInfo;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A refusal to show the cashier: the institution API's own Chinese text. */
    public static final class Refusal extends RuntimeException {

        Refusal(String text) {
            super(text, null, false, false);
        }
    }

    /**
     * The person at the counter as 1101 answered, and the voucher the later transactions present. {@code accountUsed}
     * is the patient's choice to pay from the personal account (acct_used_flag); without it the person's part is cash,
     * paid at the counter or in the app (自费支付).
     */
    public record Patient(long personId, String maskedName, String insutype, String status, long balanceFen,
                          String certType, String certNo, boolean accountUsed) implements Serializable {

        public Money balance() {
            return Money.ofFen(balanceFen);
        }

        public Patient usingAccount(boolean used) {
            return new Patient(personId, maskedName, insutype, status, balanceFen, certType, certNo, used);
        }
    }

    /** One basket line: a catalog item, its quantity and price. */
    public record Line(String code, String name, BigDecimal cnt, long pricFen) implements Serializable {

        public Money pric() {
            return Money.ofFen(pricFen);
        }

        public Money total() {
            return Money.ofYuan(pric().yuan().multiply(cnt).setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** Whether the institution is a pharmacy, whose only visit type is 41. */
    public boolean pharmacy(String institutionCode) {
        return institutions.find(institutionCode).map(i -> i.kind() == InstitutionKind.PHARMACY).orElse(false);
    }

    public String institutionName(String institutionCode) {
        return institutions.find(institutionCode).map(i -> i.name()).orElse(institutionCode);
    }

    /**
     * 1101 for a pasted QR code (decoded first, exactly as /ec/api/query does, which refuses a used or expired code
     * with a {@link org.yibao.common.BusinessException}) or an ID number.
     */
    public Patient identify(String institutionCode, String opter, String text) {
        String input = text.strip();
        String certType;
        String certNo;
        if (ID_NUMBER.matcher(input).matches()) {
            certType = "02";
            certNo = input.toUpperCase();
        } else {
            certType = "01";
            certNo = ecTokens.decode(input, institutionCode).ecToken();
        }
        JsonNode out = call(institutionCode, opter, "1101", msgid(institutionCode),
                Map.of("data", Map.of("mdtrt_cert_type", certType, "mdtrt_cert_no", certNo)));
        JsonNode base = out.path("baseinfo");
        JsonNode insu = out.path("insuinfo").path(0);
        long personId = Long.parseLong(base.path("psn_no").asString());
        String masked = persons.find(personId).orElseThrow().maskedName();
        return new Patient(personId, masked, insu.path("insutype").asString(""), insu.path("psn_insu_stas").asString(""),
                Money.ofYuan(insu.path("balc").asString("0")).fen(), certType, certNo, true);
    }

    /** A catalog item for the basket, at the catalog price unless the cashier gives one. */
    public Line line(String code, String cnt, String price) {
        MedicalItem item = catalog.find(code.strip().toUpperCase())
                .or(() -> catalog.find(code.strip()))
                .orElseThrow(() -> new Refusal("医保目录中没有编码为[" + code.strip() + "]的项目"));
        BigDecimal quantity;
        Money pric;
        try {
            quantity = new BigDecimal(cnt.strip());
            pric = price.isBlank() ? item.price() : Money.ofYuan(price.strip());
        } catch (RuntimeException e) {
            throw new Refusal("数量或单价格式错误");
        }
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4) {
            throw new Refusal("数量[" + cnt.strip() + "]错误（须大于0，最多四位小数）");
        }
        return new Line(item.code(), item.name(), quantity.stripTrailingZeros(), pric.fen());
    }

    /** A fresh form token for one settlement. */
    public String newToken() {
        return LocalDateTime.now(clock.withZone(BusinessTime.ZONE)).format(STAMP)
                + String.format("%03d", random.nextInt(1000));
    }

    /** 预结算: what 2206 (2101 at pharmacies) answers for the basket; nothing is stored. */
    public Map<String, Object> preSettle(String institutionCode, String opter, Patient patient, String medType,
                                         List<Line> basket) {
        String stamp = newToken();
        return tx.execute(status -> {
            status.setRollbackOnly();
            return FsiEnvelope.JSON.convertValue(run(institutionCode, opter, patient, medType, basket, stamp, true),
                    OUTPUT);
        });
    }

    /** 结算 once per form token; answers the setl_id. A repeated token gets the stored answers. */
    public String settle(String institutionCode, String opter, Patient patient, String medType, List<Line> basket,
                         String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new Refusal("表单已失效，请刷新页面后重新结算");
        }
        return tx.execute(status -> run(institutionCode, opter, patient, medType, basket, token, false))
                .path("setlinfo").path("setl_id").asString();
    }

    /** 撤销 of a settlement of this institution (2208, or 2103 for a pharmacy purchase). */
    public void reverse(String institutionCode, String opter, String setlId) {
        Map<String, Object> row = records.find(setlId, institutionCode)
                .orElseThrow(() -> new Refusal("结算ID setl_id[" + setlId + "]不存在或不属于本机构"));
        String infno = "41".equals(row.get("med_type")) ? "2103" : "2208";
        tx.executeWithoutResult(status -> call(institutionCode, opter, infno, msgid(institutionCode),
                Map.of("data", Map.of("setl_id", setlId, "psn_no", row.get("person_id").toString()))));
    }

    /** The stored settlement for the slip: setlinfo, setldetail, items and status; empty when not this institution's. */
    public Optional<Map<String, Object>> slip(String institutionCode, String setlId) {
        return records.find(setlId, institutionCode).map(row -> {
            Map<String, Object> out = new LinkedHashMap<>(setlInfo.output(row));
            Map<String, @Nullable Object> info = new LinkedHashMap<>(setlInfo.setlinfo(row));
            info.put("psn_name", persons.find(((Number) row.get("person_id")).longValue()).orElseThrow().maskedName());
            info.remove("certno");
            out.put("setlinfo", info);
            out.put("items", records.items(setlId).stream().map(CashierDesk::itemLine).toList());
            out.put("status", row.get("status"));
            return out;
        });
    }

    private static Map<String, Object> itemLine(Map<String, Object> r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", r.get("med_list_codg"));
        line.put("name", r.get("item_name"));
        line.put("itemClass", r.get("item_class"));
        line.put("cnt", r.get("cnt") == null ? "" : ((BigDecimal) r.get("cnt")).stripTrailingZeros().toPlainString());
        line.put("pric", SetlInfo.yuan(r.get("pric_fen")));
        line.put("total", SetlInfo.yuan(r.get("det_item_fee_sumamt")));
        line.put("fulamtOwnpay", SetlInfo.yuan(r.get("fulamt_ownpay_amt")));
        line.put("overlmt", SetlInfo.yuan(r.get("overlmt_amt")));
        line.put("preselfpay", SetlInfo.yuan(r.get("preselfpay_amt")));
        return line;
    }

    /** The transactions of one settlement; msgids are the institution code, the stamp and the step. */
    private JsonNode run(String institutionCode, String opter, Patient patient, String medType,
                                    List<Line> basket, String stamp, boolean trial) {
        if (basket.isEmpty()) {
            throw new Refusal("请先添加收费项目");
        }
        boolean pharmacy = pharmacy(institutionCode);
        if (pharmacy != "41".equals(medType)) {
            throw new Refusal(pharmacy ? "定点药店只能按定点药店购药(41)结算" : "医疗类别[" + medType + "]不适用于本机构，请选择普通门诊(11)或门诊慢特病(14)");
        }
        if (!pharmacy && !"11".equals(medType) && !"14".equals(medType)) {
            throw new Refusal("医疗类别[" + medType + "]错误");
        }
        String time = LocalDateTime.parse(stamp.substring(0, 14), STAMP).format(TIME);
        String psnNo = Long.toString(patient.personId());
        String total = basket.stream().map(Line::total).reduce(Money.ZERO, Money::plus).toString();
        List<Map<String, Object>> feedetail = new ArrayList<>();
        JsonNode result;
        if (pharmacy) {
            for (int i = 0; i < basket.size(); i++) {
                feedetail.add(fee(basket.get(i), i + 1, null, null, time));
            }
            result = call(institutionCode, opter, trial ? "2101" : "2102", institutionCode + stamp + "1",
                    Map.of("data", settleData(patient, psnNo, null, medType, total), "feedetail", feedetail));
        } else {
            String mdtrtId = call(institutionCode, opter, "2201", institutionCode + stamp + "1", Map.of("data", Map.of(
                    "psn_no", psnNo, "insutype", patient.insutype(), "begntime", time,
                    "mdtrt_cert_type", patient.certType(), "mdtrt_cert_no", patient.certNo(),
                    "ipt_otp_no", "SY" + stamp, "dept_name", "收费处"))).path("data").path("mdtrt_id").asString();
            if ("14".equals(medType)) {
                call(institutionCode, opter, "2203", institutionCode + stamp + "2", Map.of("mdtrtinfo",
                        Map.of("psn_no", psnNo, "mdtrt_id", mdtrtId, "med_type", "14")));
            }
            for (int i = 0; i < basket.size(); i++) {
                feedetail.add(fee(basket.get(i), i + 1, mdtrtId, psnNo, time));
            }
            JsonNode fees = call(institutionCode, opter, "2204", institutionCode + stamp + "3",
                    Map.of("feedetail", feedetail)).path("result");
            result = call(institutionCode, opter, trial ? "2206" : "2207", institutionCode + stamp + "4",
                    Map.of("data", settleData(patient, psnNo, mdtrtId, medType, total)));
            if (trial) {
                return ((ObjectNode) result).set("items", fees); // the answer was parsed for this call alone
            }
        }
        if (!trial) {
            audit.record("staff:" + opter, "person:" + patient.personId(), "CASHIER_SETTLE",
                    AuditTrail.Channel.STAFF,
                    institutionCode + " " + result.path("setlinfo").path("setl_id").asString());
        }
        return result;
    }

    private static Map<String, Object> settleData(Patient patient, String psnNo, @Nullable String mdtrtId,
                                                  String medType, String total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("psn_no", psnNo);
        data.put("mdtrt_cert_type", patient.certType());
        data.put("mdtrt_cert_no", patient.certNo());
        data.put("med_type", medType);
        data.put("medfee_sumamt", total);
        data.put("psn_setlway", "01");
        if (mdtrtId != null) {
            data.put("mdtrt_id", mdtrtId);
            data.put("chrg_bchno", "B1");
        }
        data.put("insutype", patient.insutype());
        data.put("acct_used_flag", patient.accountUsed() ? "1" : "0");
        return data;
    }

    private static Map<String, Object> fee(Line line, int sn, @Nullable String mdtrtId, @Nullable String psnNo,
                                           String time) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("feedetl_sn", Integer.toString(sn));
        if (mdtrtId != null && psnNo != null) {
            f.put("mdtrt_id", mdtrtId);
            f.put("psn_no", psnNo);
        }
        f.put("chrg_bchno", "B1");
        f.put("fee_ocur_time", time);
        f.put("med_list_codg", line.code());
        f.put("medins_list_codg", line.code());
        f.put("det_item_fee_sumamt", line.total().toString());
        f.put("cnt", line.cnt().toPlainString());
        f.put("pric", line.pric().toString());
        return f;
    }

    /** Sends one message through the institution API's message handling; answers its output or refuses. */
    private JsonNode call(String institutionCode, String opter, String infno, String msgid, Object input) {
        String institutionName = institutionName(institutionCode);
        String region = institutions.find(institutionCode).map(i -> i.regionCode()).orElse("");
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("infno", infno);
        e.put("msgid", msgid);
        e.put("mdtrtarea_admvs", region);
        e.put("insuplc_admdvs", "");
        e.put("recer_sys_code", "YBCASHIER");
        e.put("infver", "V1.0");
        e.put("opter_type", "1");
        e.put("opter", opter);
        e.put("opter_name", opter);
        e.put("inf_time", msgid.substring(12, 26));
        e.put("fixmedins_code", institutionCode);
        e.put("fixmedins_name", institutionName);
        e.put("sign_no", signNo(institutionCode, opter));
        e.put("input", input);
        JsonNode answer = FsiEnvelope.JSON.readTree(messages.answer(institutionCode, FsiEnvelope.JSON.writeValueAsString(e)));
        if (answer.path("infcode").asInt(-1) != 0) {
            throw new Refusal(answer.path("err_msg").asString("交易失败"));
        }
        return answer.path("output");
    }

    /** The institution's open 签到 of this counter, or a new 9001. */
    private String signNo(String institutionCode, String opter) {
        Optional<String> open = jdbc.sql("""
                select sign_no from settlement_signin where institution_code = ? and opter_no = ? and signed_out_at is null
                limit 1""").params(institutionCode, opter).query(String.class).optional();
        if (open.isPresent()) {
            return open.get();
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("infno", "9001");
        e.put("msgid", msgid(institutionCode));
        e.put("mdtrtarea_admvs", institutions.find(institutionCode).map(i -> i.regionCode()).orElse(""));
        e.put("insuplc_admdvs", "");
        e.put("recer_sys_code", "YBCASHIER");
        e.put("infver", "V1.0");
        e.put("opter_type", "1");
        e.put("opter", opter);
        e.put("opter_name", opter);
        e.put("inf_time", LocalDateTime.now(clock.withZone(BusinessTime.ZONE)).format(TIME));
        e.put("fixmedins_code", institutionCode);
        e.put("fixmedins_name", institutionName(institutionCode));
        e.put("sign_no", "");
        e.put("input", Map.of("signIn", Map.of("opter_no", opter, "mac", "00-00-00-00-00-00", "ip", "127.0.0.1")));
        JsonNode answer = FsiEnvelope.JSON.readTree(messages.answer(institutionCode, FsiEnvelope.JSON.writeValueAsString(e)));
        if (answer.path("infcode").asInt(-1) != 0) {
            throw new Refusal(answer.path("err_msg").asString("签到失败"));
        }
        return answer.path("output").path("signinoutb").path("sign_no").asString();
    }

    private String msgid(String institutionCode) {
        return institutionCode + newToken().substring(0, 14) + String.format("%04d", random.nextInt(10_000));
    }
}
