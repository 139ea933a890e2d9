package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registration, fee uploads and their undoing (2202, 2205, 2601), mixed vouchers, sign-off and 门诊慢特病. */
class FsiVisitTests extends FsiTest {

    @Test
    void aCorrectionUndoesAFeeUploadAndThenTheRegistration() {
        TestPerson p = employee("陈冲正", "130200", "10.00");
        String registration = msgid(HOSPITAL);
        Map<String, Object> data = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "begntime", "2026-01-05 09:00:00", "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(),
                "ipt_otp_no", "MZ-c-" + p.id()));
        String mdtrtId = ok(call(HOSPITAL, "2201", registration, Map.of("data", data))).get("data").get("mdtrt_id").asString();
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")))));
        String upload = msgid(HOSPITAL);
        ok(call(HOSPITAL, "2204", upload, Map.of("feedetail", List.of(fee("2", mdtrtId, p.id(), "XC09AAA001", "2", "5.00", "10.00")))));

        ok(call(HOSPITAL, "2601", correction(p, upload, "2204")));
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ? and not cancelled", mdtrtId))
                .as("only the items of that upload").isOne();
        assertThat(call(HOSPITAL, "2601", correction(p, registration, "2201")).text("err_msg"))
                .isEqualTo("就诊ID mdtrt_id[" + mdtrtId + "]还有未撤销的费用明细，请先撤销费用明细(2205)");
        ok(call(HOSPITAL, "2205", Map.of("data", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()), "chrg_bchno", "0000"))));
        ok(call(HOSPITAL, "2601", correction(p, registration, "2201")));
        assertThat(count("select count(*) from settlement_visit where mdtrt_id = ? and status = 'CANCELLED'", mdtrtId)).isOne();
        assertThat(call(HOSPITAL, "2601", correction(p, "H130203000012026010100000000", "2207")).text("err_msg"))
                .isEqualTo("未找到本机构成功办理的原交易：omsgid[H130203000012026010100000000]、oinfno[2207]");
    }

    @Test
    void tenSimultaneousRegistrationsWithOneVisitNumberCreateOneVisit() throws Exception {
        TestPerson p = employee("陈同号", "130200", "0.00");
        String number = "MZ-same-" + p.id();
        signNo(HOSPITAL);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Json>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Map<String, Object> data = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                        "begntime", "2026-01-05 09:00:00", "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(),
                        "ipt_otp_no", number));
                answers.add(pool.submit(() -> call(HOSPITAL, "2201", Map.of("data", data))));
            }
            int created = 0;
            for (var answer : answers) {
                Json r = answer.get();
                if (r.body().get("infcode").asInt() == 0) {
                    created++;
                } else {
                    assertThat(r.text("err_msg")).isEqualTo("门诊号ipt_otp_no[" + number + "]已被使用，住院/门诊号不可重复");
                }
            }
            assertThat(created).isOne();
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from settlement_visit where ipt_otp_no = ?", number)).isOne();
    }

    @Test
    void aVisitRegisteredByIdNumberCanBeSettledWithTheSocialSecurityCard() {
        TestPerson p = employee("陈混用", "130200", "50.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        Map<String, Object> settle = new HashMap<>(settleInput(p, mdtrtId, "310", "12.50"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) settle.get("data"));
        data.put("mdtrt_cert_type", "03");
        data.put("mdtrt_cert_no", p.cardNumber());
        settle.put("data", data);
        assertThat(ok(call(HOSPITAL, "2207", settle)).get("setlinfo").get("acct_pay").decimalValue())
                .isEqualByComparingTo("12.50");
        TestPerson other = employee("陈别人", "130200", "0.00");
        data.put("mdtrt_cert_no", other.cardNumber());
        assertThat(call(HOSPITAL, "2206", settle).text("err_msg"))
                .isEqualTo("就诊凭证与人员编号psn_no[" + p.id() + "]不是同一参保人");
    }

    @Test
    void chronicCareIsSettledForAPersonWithAnApprovedDisease() {
        long zhangWei = jdbc.sql("select id from insured_person where id_number = '130602198807211118'")
                .query(Long.class).single();
        TestPerson p = new TestPerson(zhangWei, "张伟", "130602198807211118", "");
        String hospital = "H13060200001";
        String mdtrtId = register(hospital, p, "390");
        ok(call(hospital, "2203", Map.of("mdtrtinfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(zhangWei),
                "med_type", "14", "begntime", "2026-01-05 09:00:00", "dise_codg", "M00101", "dise_name", "高血压"))));
        ok(call(hospital, "2204", Map.of("feedetail", List.of(fee("1", mdtrtId, zhangWei, "XC09AAA001", "200", "5.00", "1000.00")))));
        Map<String, Object> settle = new HashMap<>(settleInput(p, mdtrtId, "390", "1000.00"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) settle.get("data"));
        data.put("med_type", "14");
        settle.put("data", data);
        // 居民 门诊慢特病 is paid by 390100 (起付线 500, 70 %, cap 1500 for one approved disease).
        JsonNode setl = ok(call(hospital, "2206", settle)).get("setlinfo");
        assertThat(setl.get("med_type").asString()).isEqualTo("14");
        assertThat(ok(call(hospital, "2206", settle)).get("setldetail").get(0).get("fund_pay_type").asString())
                .isEqualTo("390100");
    }

    @Test
    void aSignedOutOperatorCanNoLongerSendTransactions() {
        String institution = "H13020300002";
        String signNo = signNo(institution);
        ok(call(institution, "9002", Map.of("signOut", Map.of("sign_no", signNo, "opter_no", "op01"))));
        assertThat(call(institution, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", "x")))
                .text("err_msg")).isEqualTo("签到流水号sign_no[" + signNo + "]无效或已签退，请先签到(9001)");
    }

    @Test
    void aSignedOutOperatorsCallThatWouldSucceedIsRefusedAndLeavesNoAnswer() {
        String institution = "H13020300002";
        TestPerson p = employee("签退后查询", "130200", "10.00");
        String signNo = signNo(institution);
        ok(call(institution, "9002", Map.of("signOut", Map.of("sign_no", signNo, "opter_no", "op01"))));
        String msgid = msgid(institution);
        assertThat(call(institution, "1101", msgid, Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no",
                p.idNumber()))).text("err_msg")).isEqualTo("签到流水号sign_no[" + signNo + "]无效或已签退，请先签到(9001)");
        assertThat(count("select count(*) from settlement_message where msgid = ?", msgid)).isZero();
    }
}
