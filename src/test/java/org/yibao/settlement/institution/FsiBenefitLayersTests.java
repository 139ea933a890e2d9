package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.insured.AssistanceStatuses;
import tools.jackson.databind.JsonNode;

/**
 * 一站式结算：大住院费用在基本医保之后由大病保险（职工为大额补助）和医疗救助继续支付，setldetail 各行相加等于基金合计，撤销（2305 住院结算撤销）
 * 恰好收回各层的累计，再结算得到同样的金额。金额按 DEMO 参数手算。
 */
class FsiBenefitLayersTests extends FsiTest {

    private static final String LAYERS = """
            select coalesce(sum(counted_fen + paid_fen), 0) from settlement_layer_accumulator where person_id = ?""";

    @Autowired
    AssistanceStatuses assistance;

    private String dischargedStay(TestPerson p, String insutype, String cnt, String total) {
        Map<String, Object> info = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", insutype,
                "mdtrt_cert_type", "03", "mdtrt_cert_no", p.cardNumber(), "med_type", "21", "ipt_no", "ZYL" + p.id(),
                "begntime", "2026-01-03 08:00:00", "dise_codg", "C34.9", "dise_name", "肺恶性肿瘤"));
        String mdtrtId = ok(call(HOSPITAL, "2401", Map.of("mdtrtinfo", info))).get("result").get("mdtrt_id").asString();
        ok(call(HOSPITAL, "2301", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", cnt, "12.50", total)))));
        ok(call(HOSPITAL, "2402", Map.of("dscginfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()),
                "endtime", "2026-01-28 10:00:00"))));
        return mdtrtId;
    }

    private static Map<String, Object> inpatient(TestPerson p, String mdtrtId, String insutype, String total) {
        Map<String, Object> settle = new HashMap<>(settleInput(p, mdtrtId, insutype, total));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) settle.get("data"));
        data.put("med_type", "21");
        settle.put("data", data);
        return settle;
    }

    @Test
    void aLargeResidentStayIsPaidByTheBasicFundCriticalIllnessInsuranceAndAssistanceWhoseLinesAddUp() {
        TestPerson p = insuredPerson("冯大病", "130200", "246810", null);
        assistance.record(p.id(), "SUBSISTENCE", LocalDate.now().minusDays(30), LocalDate.now().plusDays(300),
                "clerk-test", "民政部门低保认定");
        String mdtrtId = dischargedStay(p, "390", "8000", "100000.00");

        // 居民三级: (100000 − 800) × 60 % = 59520 统筹; 政策内个人负担 40480; 大病 (40480 − 15000) × 60 % = 15288;
        // 低保救助 (40480 − 15288) × 70 % = 17634.40; 基金合计 92442.40; 个人 7557.60 (no account: cash).
        JsonNode out = ok(call(HOSPITAL, "2304", inpatient(p, mdtrtId, "390", "100000.00")));
        JsonNode setl = out.get("setlinfo");
        assertThat(setl.get("hifp_pay").decimalValue()).isEqualByComparingTo("59520.00");
        assertThat(setl.get("hifmi_pay").decimalValue()).isEqualByComparingTo("15288.00");
        assertThat(setl.get("hifob_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("maf_pay").decimalValue()).isEqualByComparingTo("17634.40");
        assertThat(setl.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("92442.40");
        assertThat(setl.get("psn_part_amt").decimalValue()).isEqualByComparingTo("7557.60");
        Map<String, String> lines = new HashMap<>();
        out.get("setldetail").forEach(l -> lines.put(l.get("fund_pay_type").asString(),
                l.get("fund_payamt").decimalValue().toPlainString()));
        assertThat(lines).containsOnly(Map.entry("390100", "59520.00"), Map.entry("390200", "15288.00"),
                Map.entry("610100", "17634.40"));
        assertThat(count(LAYERS, p.id())).isEqualTo(4048000 + 1528800 + 2519200 + 1763440);

        String setlId = setl.get("setl_id").asString();
        JsonNode back = ok(call(HOSPITAL, "2305", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", mdtrtId,
                "psn_no", Long.toString(p.id()))))).get("setlinfo");
        assertThat(back.get("hifmi_pay").decimalValue()).isEqualByComparingTo("-15288.00");
        assertThat(back.get("maf_pay").decimalValue()).isEqualByComparingTo("-17634.40");
        assertThat(count(LAYERS, p.id())).isZero();
        JsonNode again = ok(call(HOSPITAL, "2304", inpatient(p, mdtrtId, "390", "100000.00"))).get("setlinfo");
        assertThat(again.get("hifmi_pay").decimalValue()).as("the threshold counts from zero again")
                .isEqualByComparingTo("15288.00");
        assertThat(again.get("maf_pay").decimalValue()).isEqualByComparingTo("17634.40");
    }

    @Test
    void anEmployeeWithoutAssistanceStatusGetsTheLargeAmountSubsidyAboveItsThresholdAndNoAssistance() {
        TestPerson p = employee("冯大额", "130200", "0.00");
        String mdtrtId = dischargedStay(p, "310", "8000", "100000.00");

        // 职工三级: (100000 − 600) × 80 % = 79520 统筹; 政策内个人负担 20480; 大额 (20480 − 20000) × 80 % = 384;
        // not an assistance person: 救助 0; 基金合计 79904; 个人 20096.
        JsonNode setl = ok(call(HOSPITAL, "2304", inpatient(p, mdtrtId, "310", "100000.00"))).get("setlinfo");
        assertThat(setl.get("hifp_pay").decimalValue()).isEqualByComparingTo("79520.00");
        assertThat(setl.get("hifob_pay").decimalValue()).isEqualByComparingTo("384.00");
        assertThat(setl.get("hifmi_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("maf_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("79904.00");
        assertThat(setl.get("psn_part_amt").decimalValue()).isEqualByComparingTo("20096.00");
    }

    @Test
    void anOutpatientSettlementWithCriticalIllnessIsTakenBackExactlyBy2601AndBy2208() {
        TestPerson p = insuredPerson("冯冲正", "130200", "246810", null);
        String mdtrtId = register(HOSPITAL, p, "390");
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "1600", "12.50", "20000.00")))));

        // 居民门诊: 20000 × 60 % = 12000 > cap 400 → 400 统筹; 个人政策内负担 19600; 大病 (19600 − 15000) × 60 % = 2760.
        String settlement = msgid(HOSPITAL);
        JsonNode setl = ok(call(HOSPITAL, "2207", settlement, settleInput(p, mdtrtId, "390", "20000.00")))
                .get("setlinfo");
        assertThat(setl.get("hifp_pay").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(setl.get("hifmi_pay").decimalValue()).isEqualByComparingTo("2760.00");
        assertThat(count(LAYERS, p.id())).isEqualTo(1960000 + 276000);

        ok(call(HOSPITAL, "2601", correction(p, settlement, "2207")));
        assertThat(count(LAYERS, p.id())).as("2601 takes the layer back").isZero();

        JsonNode again = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "390", "20000.00"))).get("setlinfo");
        assertThat(again.get("hifmi_pay").decimalValue()).isEqualByComparingTo("2760.00");
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("setl_id", again.get("setl_id").asString(),
                "mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id())))));
        assertThat(count(LAYERS, p.id())).as("2208 takes the layer back").isZero();
    }
}
