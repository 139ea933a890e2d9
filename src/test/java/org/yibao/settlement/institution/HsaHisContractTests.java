package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * fengzaiqishi11/hsa-his (Java). Its {@code InsureCommonUtil} posts {@code InsureInterfaceParamDTO} (hsa-com) to its
 * own insurance gateway ({@code InsureItfBOImpl#executeInsur}, {@code HttpConnectUtil.unifiedPayPostUtil}): no
 * {@code recer_sys_code}, {@code infver}, {@code opter_type}, {@code inf_time} or {@code sign_no}, {@code input} a
 * JSON string, no {@code x-tif-*} headers. Sent as it is, that body is refused in words; the gateway completes the
 * national common input, which the replay does without a {@code sign_no} (hsa-his has none). Inputs, from
 * {@code hsa-insure-biz/.../unifiedpay/util/}: {@code outptsettle/OutptRegReqUtil} (2201),
 * {@code OutptVisitReqUtil} (2203, with {@code dise_code} beside {@code dise_codg}), {@code bo/impl/
 * InsureUnifiedPayOutptBOImpl#UP_2204} (2204), {@code OutptPreSettleReqUtil}/{@code OutptSettleReqUtil} (2206/2207:
 * empty strings for the amounts it leaves to the centre, {@code mdtrt_mode}, {@code mid_setl_flag}),
 * {@code InsureUnifiedBaseBOImpl} (5204 with {@code opter_name} and {@code opter_type} in {@code data}),
 * {@code OutptSettleRevocationReqUtil} (2208), {@code generalledger/GeneralLedgerReqUtil} (3201). After 2206 and 2207
 * {@code InsureUnifiedPayOutptBOImpl#UP_2206_2207} calls {@code toString()} on each setlinfo amount, including
 * {@code hosp_part_amt}, and on {@code setl_id} and {@code mdtrt_id}; 5204's {@code output} is read as a list.
 * hsa-his tests {@code "0".equals(infcode)}, a string: its gateway answers so; Yibao answers the national number.
 */
class HsaHisContractTests extends HisContractTest {

    /** The national common input hsa-his's gateway completes (the DTO's fields, and the ones it lacks). */
    private static final Client HSA_HIS = new Client() {
        @Override
        public Map<String, @Nullable Object> envelope(String infno, String msgid, Object input) {
            Map<String, @Nullable Object> e = commonInput(infno, msgid, input);
            e.put("recer_sys_code", "FSI");
            e.put("opter_type", "1");
            e.put("opter", "admin");
            e.put("opter_name", "管理员");
            return e;
        }

        @Override
        public boolean routesByPath() {
            return false;
        }
    };

    @Test
    void refusesTheBodyHsaHisPostsToItsGatewayInWords() {
        Map<String, @Nullable Object> dto = new LinkedHashMap<>();
        dto.put("infno", "1101");
        dto.put("insuplc_admdvs", "130200");
        dto.put("mdtrtarea_admvs", "130200");
        dto.put("medins_code", HOSPITAL);
        dto.put("fixmedins_code", HOSPITAL);
        dto.put("fixmedins_name", "测试机构");
        dto.put("insur_code", "130200");
        dto.put("msgid", msgid(HOSPITAL));
        dto.put("input", "{\"data\":{\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"130203197503121017\"}}");
        dto.put("opter", "admin");
        dto.put("opter_name", "管理员");
        dto.put("hospCode", "1000001");
        dto.put("visitId", "v1");
        Json r = sendBody(HOSPITAL, JSON.writeValueAsString(dto));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("err_msg")).isEqualTo("公共输入参数[recer_sys_code]不能为空");
    }

    @Test
    void settlesAnOutpatientVisitAsHsaHisSendsItWithoutASignNo() {
        TestPerson p = employee("郝海南", "130200", "300.00");
        String psnNo = Long.toString(p.id());
        Map<String, @Nullable Object> reg = new LinkedHashMap<>();
        reg.put("psn_no", psnNo);
        reg.put("insutype", "310");
        reg.put("begntime", now());
        reg.put("mdtrt_cert_type", "02");
        reg.put("mdtrt_cert_no", p.idNumber());
        reg.put("card_sn", null);
        reg.put("psn_cert_type", "01");
        reg.put("certno", p.idNumber());
        reg.put("psn_type", "1101");
        reg.put("psn_name", p.name());
        reg.put("ipt_otp_no", visitNumber());
        reg.put("atddr_no", "D0001");
        reg.put("dr_name", "赵医生");
        reg.put("dept_code", "d01");
        reg.put("dept_name", "内科");
        reg.put("caty", "A03");
        JsonNode registered = succeeds(HSA_HIS, "2201", Map.of("data", reg));
        reads("2201 output.data", registered.get("data"), all(Read.SCALAR, "mdtrt_id"));
        String mdtrtId = mdtrtId(registered);

        Map<String, @Nullable Object> info = new LinkedHashMap<>();
        info.put("mdtrt_id", mdtrtId);
        info.put("psn_no", psnNo);
        info.put("med_type", "11");
        info.put("begntime", now());
        info.put("main_cond_dscr", "");
        info.put("dise_code", "J06.900");
        info.put("dise_codg", "J06.900");
        info.put("dise_name", "急性上呼吸道感染");
        info.put("birctrl_type", null);
        info.put("birctrl_matn_date", null);
        info.put("geso_val", "");
        info.put("ttp_resp", "");
        info.put("expi_gestation_nub_of_m", "");
        succeeds(HSA_HIS, "2203", Map.of("mdtrtinfo", info, "diseinfo", List.of(Map.of("diag_type", "1",
                "diag_srt_no", 1, "diag_code", "J06.900", "diag_name", "急性上呼吸道感染", "diag_dept", "内科"))));

        Map<String, @Nullable Object> fee = new LinkedHashMap<>(fee("1", mdtrtId, p.id(), "XJ01CAA001", "2", "12.50",
                "25.00"));
        fee.put("hosp_appr_flag", "1");
        fee.put("tcmdrug_used_way", "1");
        fee.put("etip_flag", null);
        fee.put("etip_hosp_code", null);
        fee.put("dscg_tkdrug_flag", null);
        fee.put("matn_fee_flag", null);
        fee.put("id", "c0ffee01");
        JsonNode uploaded = succeeds(HSA_HIS, "2204", Map.of("feedetail", List.of(fee)));
        reads("2204 result", uploaded.get("result").get(0), all(Read.SCALAR, "feedetl_sn", "det_item_fee_sumamt",
                "fulamt_ownpay_amt", "preselfpay_amt", "inscp_scp_amt", "chrgitm_lv", "med_chrgitm_type"));

        Map<String, @Nullable Object> settle = new LinkedHashMap<>();
        settle.put("psn_no", psnNo);
        settle.put("mdtrt_cert_type", "02");
        settle.put("mdtrt_cert_no", p.idNumber());
        settle.put("card_sn", null);
        settle.put("psn_cert_type", "01");
        settle.put("certno", p.idNumber());
        settle.put("psn_type", "1101");
        settle.put("psn_name", p.name());
        settle.put("med_type", "11");
        settle.put("medfee_sumamt", "25.00");
        settle.put("psn_setlway", "01");
        settle.put("mdtrt_id", mdtrtId);
        settle.put("chrg_bchno", "B1");
        settle.put("insutype", "310");
        settle.put("acct_used_flag", "1");
        settle.put("invono", "");
        settle.put("fulamt_ownpay_amt", "");
        settle.put("overlmt_selfpay", "");
        settle.put("preselfpay_amt", "");
        settle.put("inscp_scp_amt", "");
        settle.put("pub_hosp_rfom_flag", "");
        settle.put("mdtrt_mode", "0");
        settle.put("mid_setl_flag", "0");
        Map<String, Read> toStringed = all(Read.SCALAR, "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
                "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "cvlserv_pay",
                "hifes_pay", "hifmi_pay", "hifob_pay", "maf_pay", "oth_pay", "psn_cash_pay", "hosp_part_amt",
                "acct_mulaid_pay", "fund_pay_sumamt", "acct_pay", "setl_id", "mdtrt_id");
        reads("2206 setlinfo", succeeds(HSA_HIS, "2206", Map.of("data", settle)).get("setlinfo"), toStringed);
        JsonNode settled = succeeds(HSA_HIS, "2207", Map.of("data", settle)).get("setlinfo");
        reads("2207 setlinfo", settled, toStringed);
        String setlId = settled.get("setl_id").asString();

        JsonNode records = succeeds(HSA_HIS, "5204", Map.of("data", Map.of("setl_id", setlId, "psn_no", psnNo,
                "mdtrt_id", mdtrtId, "opter_name", "管理员", "opter_type", "1")));
        assertThat(records.isArray()).as("5204 output read as List<Map>").isTrue();
        reads("5204 record", records.get(0), all(Read.SCALAR, "feedetl_sn", "det_item_fee_sumamt"));

        reads("2208 setlinfo", succeeds(HSA_HIS, "2208", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", mdtrtId,
                "psn_no", psnNo))).get("setlinfo"), toStringed);

        Map<String, @Nullable Object> ledger = ledger("0.00", "0");
        ledger.put("refd_setl_flag", "0");
        reconciles(HSA_HIS, ledger);
    }
}
