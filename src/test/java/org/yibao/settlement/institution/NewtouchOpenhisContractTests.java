package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * newtouch-cloud/openhis (C#), the national-interface service under {@code WinServiceAPI/NeiMengGuYiBaoApp} (commit
 * 541ffb89): the common input of {@code Models/Input/YiBao/InputPost.cs} as {@code Service/YiBaoHelper.cs} fills it
 * from {@code App.config} ({@code recer_sys_code "MBS_LOCAL"}, {@code signtype "PRCSSC"}, {@code opter_type "1"}) and
 * {@code sign_no = YiBaoInitHelper.sign_no}, which is null until 9001 answers; Newtonsoft writes nulls. Inputs from
 * {@code Input_9001.cs}, {@code Input_2201.cs} ({@code begntime} a DateTime), {@code Input_2203A.cs} (filled by
 * {@code Controllers/YiBaoController.cs#Mdtrtinfo_2203A}), {@code Input_2204.cs}, {@code Input_2206.cs},
 * {@code Input_2207.cs}, {@code Input_5203.cs}, {@code Input_2208.cs} and {@code Input_3201.cs} (decimals as numbers).
 * Answers are read into {@code Models/Output/YiBao/Output_2201.cs}, {@code Output_2204.cs}, {@code Output_2206.cs}
 * ({@code age} an int), {@code Output_2207.cs}, {@code Output_2208.cs}, {@code Output_3201.cs} (stmtinfo) and
 * {@code Output_9001.cs}. The service posts through the national client library, which signs; the test signs in lower
 * case. The repository has no 5203 output model: its answer is checked against the 2207 setlinfo model.
 */
class NewtouchOpenhisContractTests extends HisContractTest {

    /** Output_2207.cs setlinfo2207: every field a string property, which Newtonsoft fills from numbers too. */
    private static final Map<String, Read> SETLINFO = all(Read.SCALAR, "mdtrt_id", "setl_id", "psn_no", "psn_name",
            "psn_cert_type", "certno", "gend", "naty", "brdy", "age", "insutype", "psn_type", "cvlserv_flag",
            "setl_time", "mdtrt_cert_type", "med_type", "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
            "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "cvlserv_pay",
            "hifes_pay", "hifmi_pay", "hifob_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "psn_part_amt",
            "acct_pay", "psn_cash_pay", "hosp_part_amt", "balc", "acct_mulaid_pay", "medins_setl_id", "clr_optins",
            "clr_way", "clr_type");
    private static final Map<String, Read> SETLDETAIL = all(Read.SCALAR, "fund_pay_type", "inscp_scp_amt",
            "crt_payb_lmt_amt", "fund_payamt", "fund_pay_type_name", "setl_proc_info");

    /** YiBaoInitHelper.sign_no: null until 9001 answers. */
    private @Nullable String signNo;

    private final Client newtouch = new Client() {
        @Override
        public Map<String, @Nullable Object> envelope(String infno, String msgid, Object input) {
            Map<String, @Nullable Object> e = commonInput(infno, msgid, input);
            e.put("recer_sys_code", "MBS_LOCAL");
            e.put("dev_no", "");
            e.put("dev_safe_info", null);
            e.put("cainfo", null);
            e.put("signtype", "PRCSSC");
            e.put("opter_type", "1");
            e.put("opter", "0101");
            e.put("opter_name", "收费员");
            e.put("sign_no", signNo);
            return e;
        }

        @Override
        public boolean routesByPath() {
            return false;
        }
    };

    @Test
    void settlesAnOutpatientVisitFromSignInToReconciliationAsNewtouchSendsIt() {
        TestPerson p = employee("韩内蒙", "130200", "300.00");
        String psnNo = Long.toString(p.id());
        JsonNode signedIn = succeeds(newtouch, "9001", Map.of("signIn", Map.of("opter_no", "0101",
                "mac", "00-1B-44-11-3A-B7", "ip", "10.0.0.9")));
        reads("9001 signinoutb", signedIn.get("signinoutb"), all(Read.SCALAR, "sign_time", "sign_no"));
        signNo = signedIn.get("signinoutb").get("sign_no").asString();

        JsonNode person = succeeds(newtouch, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02",
                "mdtrt_cert_no", p.idNumber(), "card_sn", "", "psn_cert_type", "01", "certno", p.idNumber(),
                "psn_name", p.name())));
        reads("1101 baseinfo", person.get("baseinfo"), all(Read.SCALAR, "psn_no", "certno", "psn_name"));

        Map<String, Object> data2201 = new LinkedHashMap<>();
        data2201.put("psn_no", psnNo);
        data2201.put("insutype", "310");
        data2201.put("begntime", "2026-01-05T09:00:00");
        data2201.put("mdtrt_cert_type", "02");
        data2201.put("mdtrt_cert_no", p.idNumber());
        data2201.put("ipt_otp_no", visitNumber());
        data2201.put("atddr_no", "D0001");
        data2201.put("dr_name", "王医生");
        data2201.put("dept_code", "0301");
        data2201.put("dept_name", "内科");
        data2201.put("caty", "A03");
        JsonNode iso = replay(newtouch, "2201", Map.of("data", data2201));
        assertThat(iso.get("err_msg").asString()).as("a DateTime serialized with a T stays refused")
                .isEqualTo("输入参数[begntime]时间格式错误，应为yyyy-MM-dd HH:mm:ss：2026-01-05T09:00:00");
        assertThat(count("select count(*) from settlement_visit where person_id = ?", p.id())).isZero();
        data2201.put("begntime", "2026-01-05 09:00:00");
        JsonNode registered = succeeds(newtouch, "2201", Map.of("data", data2201));
        reads("2201 data", registered.get("data"), all(Read.SCALAR, "mdtrt_id", "psn_no", "ipt_otp_no"));
        String mdtrtId = mdtrtId(registered);

        Map<String, @Nullable Object> mdtrtinfo = new LinkedHashMap<>();
        mdtrtinfo.put("begntime", "2026-01-05 09:00:00");
        mdtrtinfo.put("birctrl_matn_date", null);
        mdtrtinfo.put("birctrl_type", null);
        mdtrtinfo.put("dise_codg", "I10.x00");
        mdtrtinfo.put("dise_name", "高血压");
        mdtrtinfo.put("geso_val", null);
        mdtrtinfo.put("main_cond_dscr", "头晕");
        mdtrtinfo.put("matn_type", null);
        mdtrtinfo.put("mdtrt_id", mdtrtId);
        mdtrtinfo.put("med_type", "11");
        mdtrtinfo.put("psn_no", psnNo);
        succeeds(newtouch, "2203A", Map.of("mdtrtinfo", mdtrtinfo, "diseinfo", List.of(Map.of("diag_type", "1",
                "diag_srt_no", "1", "diag_code", "I10.x00", "diag_name", "高血压", "diag_dept", "内科",
                "dise_dor_no", "D0001", "dise_dor_name", "王医生", "diag_time", "2026-01-05 09:05:00",
                "vali_flag", "1"))));

        JsonNode uploaded = succeeds(newtouch, "2204", Map.of("feedetail", List.of(
                fee2204("1", mdtrtId, psnNo, "XC09AAA001", new BigDecimal("2"), new BigDecimal("5.00")))));
        reads("2204 result", uploaded.get("result").get(0), all(Read.SCALAR, "feedetl_sn", "det_item_fee_sumamt",
                "cnt", "pric", "pric_uplmt_amt", "selfpay_prop", "fulamt_ownpay_amt", "overlmt_amt",
                "preselfpay_amt", "inscp_scp_amt", "chrgitm_lv", "med_chrgitm_type", "bas_medn_flag",
                "hi_nego_drug_flag", "chld_medc_flag", "list_sp_item_flag", "lmt_used_flag", "drt_reim_flag", "memo"));

        Map<String, @Nullable Object> settle = new LinkedHashMap<>();
        settle.put("psn_no", psnNo);
        settle.put("mdtrt_cert_type", "02");
        settle.put("mdtrt_cert_no", p.idNumber());
        settle.put("med_type", "11");
        settle.put("medfee_sumamt", new BigDecimal("10.00"));
        settle.put("psn_setlway", "01");
        settle.put("mdtrt_id", mdtrtId);
        settle.put("chrg_bchno", "1");
        settle.put("acct_used_flag", "1");
        settle.put("insutype", "310");
        JsonNode pre = succeeds(newtouch, "2206", Map.of("data", settle));
        reads("2206 setlinfo", pre.get("setlinfo"), SETLINFO);
        assertThat(pre.get("setlinfo").get("age").isIntegralNumber()).as("Output_2206 reads age into an int").isTrue();
        settle.put("invono", null);
        settle.put("fulamt_ownpay_amt", null);
        settle.put("overlmt_selfpay", null);
        settle.put("preselfpay_amt", null);
        settle.put("inscp_scp_amt", null);
        JsonNode settled = succeeds(newtouch, "2207", Map.of("data", settle));
        reads("2207 setlinfo", settled.get("setlinfo"), SETLINFO);
        settled.get("setldetail").forEach(line -> reads("2207 setldetail", line, SETLDETAIL));
        String setlId = settled.get("setlinfo").get("setl_id").asString();

        Map<String, Object> ids = Map.of("psn_no", psnNo, "setl_id", setlId, "mdtrt_id", mdtrtId);
        reads("5203 setlinfo", succeeds(newtouch, "5203", Map.of("data", ids)).get("setlinfo"), SETLINFO);

        JsonNode reversed = succeeds(newtouch, "2208", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", mdtrtId,
                "psn_no", psnNo)));
        reads("2208 setlinfo", reversed.get("setlinfo"), SETLINFO);
        reversed.get("setldetail").forEach(line -> reads("2208 setldetail", line, SETLDETAIL));

        Map<String, @Nullable Object> ledger = ledger(BigDecimal.ZERO, 0);
        ledger.put("refd_setl_flag", "0");
        reconciles(newtouch, ledger);
    }

    /** Input_2204.cs: amounts and counts are C# decimals (JSON numbers), empty strings where the HIS has nothing. */
    private static Map<String, @Nullable Object> fee2204(String sn, String mdtrtId, String psnNo, String code,
                                                         BigDecimal cnt, BigDecimal pric) {
        Map<String, @Nullable Object> f = new LinkedHashMap<>();
        f.put("feedetl_sn", sn);
        f.put("mdtrt_id", mdtrtId);
        f.put("psn_no", psnNo);
        f.put("chrg_bchno", "1");
        f.put("dise_codg", "");
        f.put("rxno", "");
        f.put("rx_circ_flag", "0");
        f.put("fee_ocur_time", "2026-01-05 09:10:00");
        f.put("med_list_codg", code);
        f.put("medins_list_codg", "Y" + code);
        f.put("det_item_fee_sumamt", cnt.multiply(pric));
        f.put("cnt", cnt);
        f.put("pric", pric);
        f.put("sin_dos_dscr", "");
        f.put("used_frqu_dscr", "");
        f.put("prd_days", BigDecimal.ZERO);
        f.put("medc_way_dscr", "");
        f.put("bilg_dept_codg", "0301");
        f.put("bilg_dept_name", "内科");
        f.put("bilg_dr_codg", "D0001");
        f.put("bilg_dr_name", "王医生");
        f.put("acord_dept_codg", "");
        f.put("acord_dept_name", "");
        f.put("orders_dr_code", "");
        f.put("orders_dr_name", "");
        f.put("hosp_appr_flag", "1");
        f.put("tcmdrug_used_way", "");
        f.put("etip_flag", "");
        f.put("etip_hosp_code", "");
        f.put("dscg_tkdrug_flag", "");
        f.put("matn_fee_flag", "");
        f.put("er_flag", null);
        return f;
    }
}
