package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/** A stay: admission, fees, discharge, settlement with the per-stay deductible; outpatient waits until it is settled. */
class FsiInpatientTests extends FsiTest {

    private String admit(TestPerson p) {
        Map<String, Object> info = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "mdtrt_cert_type", "03", "mdtrt_cert_no", p.cardNumber(), "med_type", "21", "ipt_no", "ZY" + p.id(),
                "begntime", "2026-01-03 08:00:00", "dise_codg", "J18.9", "dise_name", "肺炎"));
        return ok(call(HOSPITAL, "2401", Map.of("mdtrtinfo", info))).get("result").get("mdtrt_id").asString();
    }

    @Test
    void aDischargedStayIsSettledWithItsPerStayDeductibleAndOnlyThenMayThePersonRegisterAsOutpatient() {
        TestPerson p = employee("郑住院", "130200", "300.00");
        String mdtrtId = admit(p);
        ok(call(HOSPITAL, "2301", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "100", "12.50", "1250.00")))));
        Map<String, Object> settle = new HashMap<>(settleInput(p, mdtrtId, "310", "1250.00"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) settle.get("data"));
        data.put("med_type", "21");
        settle.put("data", data);
        assertThat(call(HOSPITAL, "2304", settle).text("err_msg"))
                .isEqualTo("就诊ID mdtrt_id[" + mdtrtId + "]当前状态为在院，不能办理此交易");
        ok(call(HOSPITAL, "2402", Map.of("dscginfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()),
                "endtime", "2026-01-08 10:00:00"))));
        assertThat(call(HOSPITAL, "2201", Map.of("data", Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "begntime", "2026-01-09 09:00:00", "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(),
                "ipt_otp_no", "MZ-after-" + p.id()))).body().get("infcode").asInt()).isEqualTo(-1);

        // 职工在职, 三级: 起付线 600 per stay, 80 %. 1250.00 in scope → (1250 − 600) × 80 % = 520.00 fund;
        // the person's 730.00: 300.00 from the account, 430.00 cash.
        JsonNode pre = ok(call(HOSPITAL, "2303", settle)).get("setlinfo");
        JsonNode setl = ok(call(HOSPITAL, "2304", settle)).get("setlinfo");
        for (JsonNode s : List.of(pre, setl)) {
            assertThat(s.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("600.00");
            assertThat(s.get("hifp_pay").decimalValue()).isEqualByComparingTo("520.00");
            assertThat(s.get("acct_pay").decimalValue()).isEqualByComparingTo("300.00");
            assertThat(s.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("430.00");
        }
        assertThat(balance(p.id())).isEqualTo(Money.ZERO);
        register(HOSPITAL, p, "310");
    }

    @Test
    void anAdmissionWithoutFeesCanBeCancelledAndADischargeUndone() {
        TestPerson p = employee("郑撤销", "130200", "10.00");
        String mdtrtId = admit(p);
        Map<String, Object> ids = Map.of("data", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id())));
        ok(call(HOSPITAL, "2402", Map.of("dscginfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()),
                "endtime", "2026-01-08 10:00:00"))));
        ok(call(HOSPITAL, "2405", ids));
        ok(call(HOSPITAL, "2404", ids));
        assertThat(count("select count(*) from settlement_visit where mdtrt_id = ? and status = 'CANCELLED'", mdtrtId)).isOne();
    }

    @Test
    void aPersonInHospitalCannotBeAdmittedAgainAndACorrectionUndoesTheAdmission() {
        TestPerson p = employee("郑二次", "130200", "10.00");
        Map<String, Object> info = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "mdtrt_cert_type", "03", "mdtrt_cert_no", p.cardNumber(), "med_type", "21", "ipt_no", "ZYA" + p.id(),
                "begntime", "2026-01-03 08:00:00"));
        String admission = msgid(HOSPITAL);
        String mdtrtId = ok(call(HOSPITAL, "2401", admission, Map.of("mdtrtinfo", info))).get("result")
                .get("mdtrt_id").asString();

        Map<String, Object> again = new HashMap<>(info);
        again.put("ipt_no", "ZYB" + p.id());
        assertThat(call("H13020300002", "2401", Map.of("mdtrtinfo", again)).text("err_msg"))
                .isEqualTo("人员编号psn_no[" + p.id() + "]已有未结算的住院记录（就诊ID mdtrt_id[" + mdtrtId
                        + "]），不能重复办理入院；请先办理出院结算或入院撤销");

        ok(call(HOSPITAL, "2601", correction(p, admission, "2401")));
        assertThat(count("select count(*) from settlement_visit where mdtrt_id = ? and status = 'CANCELLED'", mdtrtId)).isOne();
        ok(call("H13020300002", "2401", Map.of("mdtrtinfo", again)));
    }
}
