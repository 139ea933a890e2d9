package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 生育门诊（51）与生育住院（52）由定点机构直接结算：职工由生育保险基金（510100）按比例与年度限额支付（产前检查限额 1000，住院分娩
 * 限额 5000，DEMO 参数），不进入大病保险与医疗救助；撤销（2305）恢复限额。
 */
class FsiMaternityTests extends FsiTest {

    private static Map<String, Object> settle(TestPerson p, String mdtrtId, String medType, String total) {
        Map<String, Object> settle = new HashMap<>(settleInput(p, mdtrtId, "310", total));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) settle.get("data"));
        data.put("med_type", medType);
        settle.put("data", data);
        return settle;
    }

    @Test
    void aPrenatalCheckIsPaidByTheMaternityFundUpToItsYearlyAllowance() {
        TestPerson p = employee("卫产检", "130200", "0.00");
        String mdtrtId = ok(call(HOSPITAL, "2201", Map.of("data", Map.of("psn_no", Long.toString(p.id()),
                "insutype", "310", "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(), "ipt_otp_no",
                "MZ-matn-" + p.id(), "med_type", "51", "begntime", "2026-01-05 09:00:00")))).get("data")
                .get("mdtrt_id").asString();
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "100", "12.50", "1250.00")))));

        // 1250 × 100 % = 1250 > 产前检查 allowance 1000 → 1000 from 510100; 250 the person's.
        JsonNode out = ok(call(HOSPITAL, "2207", settle(p, mdtrtId, "51", "1250.00")));
        assertThat(out.get("setlinfo").get("hifp_pay").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(out.get("setlinfo").get("psn_part_amt").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(out.get("setldetail")).singleElement().satisfies(line -> {
            assertThat(line.get("fund_pay_type").asString()).isEqualTo("510100");
            assertThat(line.get("fund_pay_type_name").asString()).isEqualTo("生育保险基金");
        });
    }

    @Test
    void aDeliveryStayIsPaidUpToItsCapWithoutLayersAndReversalRestoresTheCap() {
        TestPerson p = employee("卫分娩", "130200", "0.00");
        Map<String, Object> info = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "mdtrt_cert_type", "03", "mdtrt_cert_no", p.cardNumber(), "med_type", "52", "ipt_no", "ZYM" + p.id(),
                "begntime", "2026-01-03 08:00:00", "dise_codg", "O80.0", "dise_name", "单胎顺产"));
        String mdtrtId = ok(call(HOSPITAL, "2401", Map.of("mdtrtinfo", info))).get("result").get("mdtrt_id").asString();
        ok(call(HOSPITAL, "2301", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "480", "12.50", "6000.00")))));
        ok(call(HOSPITAL, "2402", Map.of("dscginfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()),
                "endtime", "2026-01-06 10:00:00"))));

        // 6000 × 100 % = 6000 > delivery cap 5000 → 5000; the person's 1000 goes to no layer.
        JsonNode setl = ok(call(HOSPITAL, "2304", settle(p, mdtrtId, "52", "6000.00"))).get("setlinfo");
        assertThat(setl.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(setl.get("hifob_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("psn_part_amt").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(count("select count(*) from settlement_layer_accumulator where person_id = ?", p.id())).isZero();

        ok(call(HOSPITAL, "2305", Map.of("data", Map.of("setl_id", setl.get("setl_id").asString(),
                "mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id())))));
        JsonNode again = ok(call(HOSPITAL, "2304", settle(p, mdtrtId, "52", "6000.00"))).get("setlinfo");
        assertThat(again.get("fund_pay_sumamt").decimalValue()).as("the cap is whole again").isEqualByComparingTo("5000.00");
    }
}
