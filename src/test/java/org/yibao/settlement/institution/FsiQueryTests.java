package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Queries answer from the stored settlements, for the institution that made them; 3201 reconciles totals. */
class FsiQueryTests extends FsiTest {

    @Test
    void settlementFeeAndAccumulatorQueriesAnswerWhatWasSettled() {
        TestPerson p = employee("冯查询", "130200", "500.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "20", "12.50", "250.00"),
                fee("2", mdtrtId, p.id(), "C99000001", "1", "20.00", "20.00")))));
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "270.00"))).get("setlinfo");
        String setlId = setl.get("setl_id").asString();
        Map<String, Object> ids = Map.of("data", Map.of("psn_no", Long.toString(p.id()), "setl_id", setlId,
                "mdtrt_id", mdtrtId));

        assertThat(ok(call(HOSPITAL, "5203", ids)).get("setlinfo")).isEqualTo(setl);
        JsonNode items = ok(call(HOSPITAL, "5204", ids));
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("fulamt_ownpay_amt").decimalValue()).isEqualByComparingTo("20.00");
        JsonNode cum = ok(call(HOSPITAL, "5206", Map.of("data", Map.of("psn_no", Long.toString(p.id()))))).get("cuminfo");
        // 250.00 in scope, deductible 200.00 used, (250 − 200) × 50 % = 25.00 fund.
        assertThat(cum.get(0).get("dedc_cum").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(cum.get(0).get("fund_pay_cum").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(call("H13020300002", "5203", ids).text("err_msg"))
                .isEqualTo("未找到本机构人员编号psn_no[" + p.id() + "]的结算ID setl_id[" + setlId + "]");
    }

    @Test
    void reconciliationSaysWhetherTheInstitutionsTotalsAgree() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode ours = ok(call("H36060200001", "3201", Map.of("data", Map.of("insutype", "310", "clr_type", "11",
                "setl_optins", "360600", "stmt_begndate", today, "stmt_enddate", today, "medfee_sumamt", "0.00",
                "fund_pay_sumamt", "0.00", "acct_pay", "0.00", "fixmedins_setl_cnt", "0")))).get("stmtinfo");
        assertThat(ours.get("stmt_rslt").asString()).isEqualTo("0");
        JsonNode off = ok(call("H36060200001", "3201", Map.of("data", Map.of("insutype", "310", "clr_type", "11",
                "setl_optins", "360600", "stmt_begndate", today, "stmt_enddate", today, "medfee_sumamt", "1.00",
                "fund_pay_sumamt", "0.00", "acct_pay", "0.00", "fixmedins_setl_cnt", "1")))).get("stmtinfo");
        assertThat(off.get("stmt_rslt").asString()).isEqualTo("1");
        assertThat(off.get("fixmedins_setl_cnt").asLong()).isZero();
    }
}
