package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/** The whole counter process over HTTP: the citizen shows the 医保码, the hospital scans, registers, uploads, settles. */
class FsiScanToSettleTests extends FsiTest {

    /** 赵敏: 职工在职 in 北京 with an active e-voucher; 王建国's settlements belong to the 消费信息 tests. */
    private static final String ZHAO_MIN = "110108198501021423";
    private static final String BEIJING_HOSPITAL = "H11010800001";

    @Test
    void aScannedEVoucherIsSettledAtTheHospitalWithTheDemoPolicy() {
        long person = jdbc.sql("select id from insured_person where id_number = ?").param(ZHAO_MIN)
                .query(Long.class).single();
        assertThat(count("select count(*) from settlement_accumulator where person_id = ? and year = extract(year from now()) and med_type = '11'", person))
                .as("no outpatient settlement of 赵敏 yet this year").isZero();
        Money before = balance(person);
        String citizen = login("13800000010", "Yibao2025");
        String qr = get("/api/v1/voucher/qrcode", citizen).body().get("qrCode").asString();
        String ecQuery = JSON.writeValueAsString(Map.of("orgId", BEIJING_HOSPITAL, "transType", "ec.query",
                "data", Map.of("qrCode", qr, "businessType", "01101")));
        String ecToken = send("/ec/api/query", BEIJING_HOSPITAL, "demo-token-" + BEIJING_HOSPITAL, ecQuery,
                Instant.now().getEpochSecond(), UUID.randomUUID().toString()).body().get("data").get("ecToken").asString();

        JsonNode info = ok(call(BEIJING_HOSPITAL, "1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", ecToken))));
        assertThat(info.get("baseinfo").get("psn_no").asString()).isEqualTo(Long.toString(person));
        assertThat(info.get("baseinfo").get("psn_name").asString()).isEqualTo("赵敏");
        assertThat(info.get("insuinfo").get(0).get("balc").decimalValue()).isEqualByComparingTo(before.yuan());

        String psnNo = Long.toString(person);
        String mdtrtId = ok(call(BEIJING_HOSPITAL, "2201", Map.of("data", Map.of("psn_no", psnNo, "insutype", "310",
                "begntime", "2026-01-05 09:00:00", "mdtrt_cert_type", "01", "mdtrt_cert_no", ecToken,
                "ipt_otp_no", "MZ" + UUID.randomUUID().toString().substring(0, 10), "dept_name", "呼吸内科"))))
                .get("data").get("mdtrt_id").asString();
        JsonNode result = ok(call(BEIJING_HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, person, "XJ01CAA001", "20", "12.50", "250.00"),
                fee("2", mdtrtId, person, "XR05XAA001", "10", "30.00", "300.00"))))).get("result");
        assertThat(result.get(1).get("preselfpay_amt").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(result.get(1).get("chrgitm_lv").asString()).isEqualTo("02");

        Map<String, Object> settle = settleInput(new TestPerson(person, "赵敏", ZHAO_MIN, ""), mdtrtId, "310", "550.00");
        JsonNode pre = ok(call(BEIJING_HOSPITAL, "2206", settle)).get("setlinfo");
        String msgid = msgid(BEIJING_HOSPITAL);
        JsonNode setl = ok(call(BEIJING_HOSPITAL, "2207", msgid, settle)).get("setlinfo");

        // 赵敏: 职工在职, 北京市海淀区示范医院 二级 → 起付线 200/年, 比例 60 %.
        // 阿莫西林胶囊 甲类 20 × 12.50 = 250.00, all in scope (price under the 15.00 cap).
        // 复方甘草片 乙类 10 × 30.00 = 300.00: 先行自付 10 % = 30.00, in scope 270.00.
        // medfee 550.00; in scope 520.00; deductible 200.00 → (520 − 200) × 60 % = 192.00 fund;
        // person 550 − 192 = 358.00, all from the own account (balance 2400.00).
        for (JsonNode s : List.of(pre, setl)) {
            assertThat(s.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("550.00");
            assertThat(s.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("30.00");
            assertThat(s.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("520.00");
            assertThat(s.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("200.00");
            assertThat(s.get("hifp_pay").decimalValue()).isEqualByComparingTo("192.00");
            assertThat(s.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("192.00");
            assertThat(s.get("psn_part_amt").decimalValue()).isEqualByComparingTo("358.00");
            assertThat(s.get("acct_pay").decimalValue()).isEqualByComparingTo("358.00");
            assertThat(s.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("0.00");
            assertThat(s.get("balc").decimalValue()).isEqualByComparingTo(before.minus(Money.ofYuan("358.00")).yuan());
        }
        assertThat(setl.get("medins_setl_id").asString()).isEqualTo(msgid);
        assertThat(setl.get("medfee_sumamt").toString()).isEqualTo("550.00");
        String setlId = setl.get("setl_id").asString();
        assertThat(count("select count(*) from settlement_settlement where setl_id = ? and status = 'SETTLED' and hifp_pay = 19200 and acct_pay = 35800", setlId)).isOne();
        assertThat(count("select count(*) from settlement_detail where setl_id = ? and fund_pay_type = '310100'", setlId)).isOne();
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).as("2206 stored nothing").isOne();
        assertThat(balance(person)).isEqualTo(before.minus(Money.ofYuan("358.00")));
    }
}
