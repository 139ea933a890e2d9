package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Outputs in the national shape (issue 22): the nodes and fields HIS clients read are where the national tables put
 * them, always present, 0.00 or empty where Yibao has no value.
 */
class FsiNationalOutputTests extends FsiTest {

    /** setlinfo fields of the national table that Yibao answered without before. */
    static final List<String> SETLINFO_ADDED = List.of("hosp_part_amt", "psn_type", "cvlserv_flag", "mdtrt_cert_type",
            "naty", "age", "hifdm_pay");
    static final List<String> SETLDETAIL = List.of("fund_pay_type", "inscp_scp_amt", "crt_payb_lmt_amt", "fund_payamt",
            "fund_pay_type_name", "setl_proc_info");
    static final List<String> FLAGS = List.of("bas_medn_flag", "hi_nego_drug_flag", "chld_medc_flag",
            "list_sp_item_flag", "lmt_used_flag", "drt_reim_flag");

    private String settled(TestPerson p) {
        String mdtrtId = register(HOSPITAL, p, "310");
        Map<String, Object> drug = fee("1", mdtrtId, p.id(), "XJ01CAA001", "2", "12.50", "25.00");
        drug.put("medins_list_codg", "HIS-YP-0001");
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(drug,
                fee("2", mdtrtId, p.id(), "110200001", "1", "10.00", "10.00")))));
        return mdtrtId;
    }

    @Test
    void settlementAnswersEveryNationalSetlinfoAndSetldetailField() {
        TestPerson p = employee("郑全字段", "130200", "100.00");
        String mdtrtId = settled(p);
        JsonNode pre = ok(call(HOSPITAL, "2206", settleInput(p, mdtrtId, "310", "35.00")));
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "35.00")));
        for (JsonNode out : List.of(pre, setl)) {
            JsonNode info = out.get("setlinfo");
            assertThat(SETLINFO_ADDED).allSatisfy(f -> assertThat(info.has(f)).as(f).isTrue());
            assertThat(info.get("hosp_part_amt").decimalValue()).isEqualByComparingTo("0.00");
            assertThat(info.get("hosp_part_amt").isNumber()).isTrue();
            assertThat(info.get("psn_type").asString()).isEqualTo("1101");
            assertThat(info.get("mdtrt_cert_type").asString()).isEqualTo("02");
            assertThat(info.get("age").asInt()).isBetween(0, 130);
            assertThat(out.get("setldetail")).isNotEmpty().allSatisfy(line ->
                    assertThat(SETLDETAIL).allSatisfy(f -> assertThat(line.has(f)).as(f).isTrue()));
        }
        String setlId = setl.get("setlinfo").get("setl_id").asString();
        JsonNode queried = ok(call(HOSPITAL, "5203", Map.of("data", Map.of("psn_no", Long.toString(p.id()),
                "setl_id", setlId, "mdtrt_id", mdtrtId))));
        assertThat(queried).isEqualTo(setl);
    }

    @Test
    void feeUploadAnswersTheNationalChargeTypeCodeAndFlags() {
        TestPerson p = employee("郑收费类别", "130200", "100.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        JsonNode result = ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50"),
                fee("2", mdtrtId, p.id(), "110200001", "1", "10.00", "10.00"))))).get("result");
        assertThat(result.get(0).get("med_chrgitm_type").asString()).isEqualTo("09");
        assertThat(result.get(1).get("med_chrgitm_type").asString()).isEqualTo("02");
        assertThat(result).allSatisfy(item -> {
            assertThat(FLAGS).allSatisfy(f -> assertThat(item.get(f).asString()).as(f).isEqualTo("0"));
            assertThat(item.has("memo")).isTrue();
        });
    }

    @Test
    void feeDetailQueryAnswersTheListItselfWithTheNationalRecordFields() {
        TestPerson p = employee("郑明细", "130200", "100.00");
        String mdtrtId = settled(p);
        String setlId = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "35.00"))).get("setlinfo")
                .get("setl_id").asString();
        JsonNode items = ok(call(HOSPITAL, "5204", Map.of("data", Map.of("psn_no", Long.toString(p.id()),
                "setl_id", setlId, "mdtrt_id", mdtrtId))));
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(2);
        JsonNode drug = items.get(0);
        assertThat(drug.get("med_type").asString()).isEqualTo("11");
        assertThat(drug.get("fee_ocur_time").asString()).isEqualTo("2026-01-05 09:10:00");
        assertThat(drug.get("medins_list_codg").asString()).isEqualTo("HIS-YP-0001");
        assertThat(drug.get("hilist_code").asString()).isEqualTo("XJ01CAA001");
        assertThat(drug.get("hilist_name").asString()).isEqualTo("阿莫西林胶囊");
        assertThat(drug.get("list_type").asString()).isEqualTo("101");
        assertThat(drug.get("med_chrgitm_type").asString()).isEqualTo("09");
        assertThat(drug.get("pric_uplmt_amt").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(drug.get("selfpay_prop").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(FLAGS).allSatisfy(f -> assertThat(drug.get(f).asString()).as(f).isEqualTo("0"));
        assertThat(items.get(1).get("list_type").asString()).isEqualTo("201");
        assertThat(items.get(1).get("medins_list_codg").asString()).isEqualTo("110200001");
    }

    @Test
    void reversalAnswersTheWholeSettlementRecordNegated() {
        TestPerson p = employee("郑撤销", "130200", "100.00");
        String mdtrtId = settled(p);
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "35.00")));
        String msgid = msgid(HOSPITAL);
        JsonNode back = ok(call(HOSPITAL, "2208", msgid, Map.of("data", Map.of("setl_id",
                setl.get("setlinfo").get("setl_id").asString(), "mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id())))));
        JsonNode info = back.get("setlinfo");
        setl.get("setlinfo").properties().forEach(e -> assertThat(info.has(e.getKey())).as(e.getKey()).isTrue());
        assertThat(info.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("-35.00");
        assertThat(info.get("medins_setl_id").asString()).isEqualTo(msgid);
        assertThat(info.get("clr_optins").asString()).isEqualTo("130200");
        assertThat(info.get("setl_time").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(info.get("balc").decimalValue()).isEqualByComparingTo("100.00");
        JsonNode lines = back.get("setldetail");
        assertThat(lines).hasSameSizeAs(setl.get("setldetail"));
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).get("fund_payamt").decimalValue()).isEqualByComparingTo(
                    setl.get("setldetail").get(i).get("fund_payamt").decimalValue().negate());
        }
    }

    @Test
    void reconciliationAnswersTheNationalStmtinfoNode() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode out = ok(call("H36060200001", "3201", Map.of("data", Map.of("insutype", "310", "clr_type", "11",
                "setl_optins", "360600", "stmt_begndate", today, "stmt_enddate", today, "medfee_sumamt", "0.00",
                "fund_pay_sumamt", "0.00", "acct_pay", "0.00", "fixmedins_setl_cnt", "0"))));
        assertThat(out.has("result")).isFalse();
        assertThat(out.get("stmtinfo").get("setl_optins").asString()).isEqualTo("360600");
        assertThat(out.get("stmtinfo").get("stmt_rslt").asString()).isEqualTo("0");
        assertThat(out.get("stmtinfo").get("stmt_rslt_dscr").asString()).isEqualTo("对账平");
    }
}
