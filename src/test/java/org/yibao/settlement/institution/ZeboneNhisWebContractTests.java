package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * S-117-John/nhis-web (Zebone, Java), outpatient settlement of the national interface, as built in
 * {@code src/main/java/com/zebone/nhis/compay/ins/zsrm/service/qgyb/ZsrmQGService.java}: the common input of
 * {@code getJsonStr(..)} ({@code sign_no ""}, {@code recer_sys_code "01"}, {@code signtype "SM3"}, extra keys
 * {@code dev_no}, {@code dev_safe_info}, {@code cainfo}, {@code recer_admvs}), posted to {@code HSA_URL + port}, signed
 * by {@code getHeaderElement()} with {@code ZsrmQGUtils.getSHA256Str} (lower-case hex). Inputs: 2201 from
 * {@code OutPatientRegister} and {@code ZsrmQGMapper.xml#qryInsRegPre}, 2203A from the visit query
 * ({@code qryInsVisit} columns), 2204 fee rows with the HIS's own {@code pk_cgop}, 2206/2207 {@code reqMap}
 * ({@code medfee_sumamt} a BigDecimal, {@code acct_used_flag "0"}), 5204 right after 2207
 * ({@code searchStChargeDtls}), 2208 from {@code insSettleCancle}, 3201 from {@code getCheckInsuranceSum} (amounts as
 * strings). Answers are read into {@code OutParamHuaJia}/{@code InsQgybSt} (setlinfo, Double amounts),
 * {@code InsQgybStDt} (setldetail), {@code InsQgybCg} (2204 result) and {@code InsQgybStCg} (5204: the output is read
 * as the list itself). Deployment constants (institution code, regions) are the test institution's. The 2203A
 * {@code diseinfo} rows come from {@code qryPvDiag}, whose columns the source does not show: sent empty.
 */
class ZeboneNhisWebContractTests extends HisContractTest {

    private static final Client ZEBONE = new Client() {
        @Override
        public Map<String, @Nullable Object> envelope(String infno, String msgid, Object input) {
            Map<String, @Nullable Object> e = new HashMap<>(commonInput(infno, msgid, input));
            e.put("recer_sys_code", "01");
            e.put("dev_no", "");
            e.put("dev_safe_info", "");
            e.put("signtype", "SM3");
            e.put("cainfo", "");
            e.put("opter_type", "1");
            e.put("opter_name", "收费员");
            e.put("opter", "0101");
            e.put("recer_admvs", "130200");
            e.put("sign_no", "");
            return e;
        }

        @Override
        public boolean routesByPath() {
            return true;
        }
    };

    /** InsQgybSt / OutParamHuaJia: what 2206, 2207 and 2208 answers are read into. */
    private static final Map<String, Read> SETLINFO = setlinfo();
    /** InsQgybStCg: the 5204 record. */
    private static final Map<String, Read> FEE_RECORD = feeRecord();

    private static Map<String, Read> setlinfo() {
        Map<String, Read> m = all(Read.SCALAR, "setl_id", "med_type", "mdtrt_id", "insutype", "psn_no",
                "mdtrt_cert_type", "cvlserv_flag", "psn_name", "psn_cert_type", "certno", "gend", "naty", "brdy",
                "age", "psn_type", "medins_setl_id", "clr_optins", "clr_way", "clr_type");
        m.putAll(all(Read.NUMBER, SETLINFO_AMOUNTS.toArray(String[]::new)));
        return m;
    }

    private static Map<String, Read> feeRecord() {
        Map<String, Read> m = all(Read.SCALAR, "mdtrt_id", "setl_id", "feedetl_sn", "rx_drord_no", "med_type",
                "fee_ocur_time", "pric", "sin_dos_dscr", "used_frqu_dscr", "prd_days", "medc_way_dscr", "chrgitm_lv",
                "hilist_code", "hilist_name", "list_type", "med_list_codg", "medins_list_codg", "medins_list_name",
                "med_chrgitm_type", "prodname", "spec", "dosform_name", "bilg_dept_codg", "bilg_dept_name",
                "bilg_dr_codg", "bilg_dr_name", "acord_dept_codg", "acord_dept_name", "orders_dr_code",
                "orders_dr_name", "lmt_used_flag", "hosp_prep_flag", "hosp_appr_flag", "tcmdrug_used_way",
                "prodplac_type", "bas_medn_flag", "hi_nego_drug_flag", "chld_medc_flag", "etip_flag",
                "etip_hosp_code", "dscg_tkdrug_flag", "list_sp_item_flag", "matn_fee_flag", "drt_reim_flag", "memo",
                "chrg_bchno");
        m.putAll(all(Read.NUMBER, "cnt", "det_item_fee_sumamt", "pric_uplmt_amt", "selfpay_prop",
                "fulamt_ownpay_amt", "overlmt_amt", "preselfpay_amt", "inscp_scp_amt"));
        return m;
    }

    @Test
    void settlesAnOutpatientVisitFromSignInToReconciliationAsZeboneSendsIt() {
        TestPerson p = employee("宋中山", "130200", "300.00");
        String psnNo = Long.toString(p.id());
        reads("9001 output", succeeds(ZEBONE, "9001", Map.of("signIn", Map.of("opter_no", "0101",
                "mac", "00-1B-44-11-3A-B7", "ip", "10.0.0.8"))), Map.of("signinoutb", Read.OBJECT));

        JsonNode person = succeeds(ZEBONE, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02",
                "mdtrt_cert_no", p.idNumber())));
        reads("1101 baseinfo", person.get("baseinfo"), all(Read.SCALAR, "psn_no", "certno", "psn_name", "gend",
                "brdy", "age", "naty"));
        reads("1101 insuinfo", person.get("insuinfo").get(0), all(Read.SCALAR, "insutype", "psn_type",
                "insuplc_admdvs", "balc"));

        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("psn_no", psnNo);
        registration.put("insutype", "310");
        registration.put("mdtrt_cert_type", "02");
        registration.put("mdtrt_cert_no", p.idNumber());
        registration.put("begntime", now());
        registration.put("ipt_otp_no", visitNumber());
        registration.put("atddr_no", "D1302030001");
        registration.put("dr_name", "李医生");
        registration.put("dept_code", "0301");
        registration.put("dept_name", "内科");
        registration.put("caty", "A03");
        JsonNode registered = succeeds(ZEBONE, "2201", Map.of("data", registration));
        reads("2201 data", registered.get("data"), all(Read.SCALAR, "mdtrt_id", "psn_no"));
        String mdtrtId = mdtrtId(registered);

        Map<String, @Nullable Object> mdtrtinfo = new LinkedHashMap<>();
        mdtrtinfo.put("mdtrt_id", mdtrtId);
        mdtrtinfo.put("psn_no", psnNo);
        mdtrtinfo.put("flag_insu", "0");
        mdtrtinfo.put("begntime", now());
        mdtrtinfo.put("med_type", "11");
        mdtrtinfo.put("main_cond_dscr", null);
        mdtrtinfo.put("dise_codg", "J06.900");
        mdtrtinfo.put("dise_name", "急性上呼吸道感染");
        mdtrtinfo.put("birctrl_type", null);
        mdtrtinfo.put("birctrl_matn_date", null);
        succeeds(ZEBONE, "2203A", Map.of("mdtrtinfo", mdtrtinfo, "diseinfo", List.of()));

        List<Map<String, Object>> fees = new ArrayList<>();
        fees.add(feeRow("1", mdtrtId, psnNo, "XJ01CAA001", new BigDecimal("2"), new BigDecimal("12.50")));
        fees.add(feeRow("2", mdtrtId, psnNo, "110200001", new BigDecimal("1"), new BigDecimal("10.00")));
        JsonNode uploaded = succeeds(ZEBONE, "2204", Map.of("feedetail", fees));
        uploaded.get("result").forEach(item -> reads("2204 result", item, all(Read.SCALAR, "feedetl_sn",
                "det_item_fee_sumamt", "cnt", "pric", "pric_uplmt_amt", "selfpay_prop", "fulamt_ownpay_amt",
                "overlmt_amt", "preselfpay_amt", "inscp_scp_amt", "chrgitm_lv", "med_chrgitm_type", "bas_medn_flag",
                "hi_nego_drug_flag", "chld_medc_flag", "list_sp_item_flag", "lmt_used_flag", "drt_reim_flag",
                "memo")));
        assertThat(uploaded.get("result").get(0).get("med_chrgitm_type").asString()).matches("\\d{2}");

        Map<String, Object> settle = new LinkedHashMap<>();
        settle.put("psn_no", psnNo);
        settle.put("mdtrt_cert_type", "02");
        settle.put("mdtrt_cert_no", p.idNumber());
        settle.put("med_type", "11");
        settle.put("medfee_sumamt", new BigDecimal("35.00"));
        settle.put("psn_setlway", "01");
        settle.put("mdtrt_id", mdtrtId);
        settle.put("chrg_bchno", "B20260105001");
        settle.put("acct_used_flag", "0");
        settle.put("insutype", "310");
        reads("2206 setlinfo", succeeds(ZEBONE, "2206", Map.of("data", settle)).get("setlinfo"), SETLINFO);
        JsonNode settled = succeeds(ZEBONE, "2207", Map.of("data", settle));
        reads("2207 setlinfo", settled.get("setlinfo"), SETLINFO);
        settled.get("setldetail").forEach(line -> reads("2207 setldetail", line, Map.of("fund_pay_type", Read.SCALAR,
                "inscp_scp_amt", Read.NUMBER, "crt_payb_lmt_amt", Read.NUMBER, "fund_payamt", Read.NUMBER,
                "fund_pay_type_name", Read.SCALAR, "setl_proc_info", Read.SCALAR)));
        String setlId = settled.get("setlinfo").get("setl_id").asString();

        Map<String, Object> ids = Map.of("mdtrt_id", mdtrtId, "psn_no", psnNo, "setl_id", setlId);
        JsonNode records = succeeds(ZEBONE, "5204", Map.of("data", ids));
        assertThat(records.isArray()).as("5204 output is the list itself").isTrue();
        assertThat(records).hasSize(2);
        records.forEach(record -> reads("5204 record", record, FEE_RECORD));

        reads("2208 setlinfo", succeeds(ZEBONE, "2208", Map.of("data", ids)).get("setlinfo"), SETLINFO);

        reconciles(ZEBONE, ledger("0.00", "0"));
    }

    /** A fee row as {@code ZsrmQGUtils.humpToLineListMap} turns the HIS's charge query into: numbers stay numbers. */
    private static Map<String, Object> feeRow(String sn, String mdtrtId, String psnNo, String code, BigDecimal cnt,
                                              BigDecimal pric) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("feedetl_sn", sn);
        f.put("mdtrt_id", mdtrtId);
        f.put("psn_no", psnNo);
        f.put("chrg_bchno", "B20260105001");
        f.put("fee_ocur_time", now());
        f.put("med_list_codg", code);
        f.put("medins_list_codg", "HIS" + code);
        f.put("det_item_fee_sumamt", cnt.multiply(pric));
        f.put("cnt", cnt);
        f.put("pric", pric);
        f.put("bilg_dept_codg", "0301");
        f.put("bilg_dept_name", "内科");
        f.put("bilg_dr_codg", "D1302030001");
        f.put("bilg_dr_name", "李医生");
        f.put("hosp_appr_flag", "1");
        f.put("pk_cgop", "cg" + sn);
        return f;
    }
}
