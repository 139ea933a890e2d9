package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * jtgiq111/NationYBProject (Jiangxi, C#), {@code 江西芦溪中医保/JX/yb_interface_jx.cs}: the common input of
 * {@code YBServiceRequest} ({@code JX/RequestModel.cs}: {@code opter_type} the number 1, {@code recer_sys_code "his"},
 * {@code sign_no = YbSignNo}, null until 9001 answers), posted by transaction ({@code Url + YwCode}). Inputs: 9001
 * {@code signIn}, 1101 ({@code YBDK..}: empty strings for what it does not know), 2201 and 2203
 * ({@code outpatientRregistration}/{@code outpatientMdtrtinfoUp} builders: {@code matn_type}, {@code geso_val},
 * {@code diseinfo} with {@code vali_flag}), 2204 (every value {@code .ToString()}: amounts and counts are strings,
 * the typo {@code medc_way_sdcr}), 2206/2207 (amounts as strings), 5204, 5203, 2208, 3201 (amounts as strings).
 * Reads: {@code signinoutb.sign_no}, {@code baseinfo.age} as text, 2201 {@code data.mdtrt_id}, each setlinfo field of
 * 2207 ({@code Convert.ToString}), 5204's output as {@code List<JObject>}, 5203's {@code setldetail} as
 * {@code List<JObject>} and 3201's {@code stmtinfo}. The client signs with its gateway's {@code _api_*} HMAC headers
 * and posts to {@code …/CSB/hsa-fsi-{infno}}; the replay signs with {@code x-tif-*} in lower case and uses Yibao's
 * path form. A {@code fee_ocur_time} taken from a C# DateTime ({@code yyyy/M/d H:mm:ss}) stays refused in words.
 */
class JiangxiNationYbContractTests extends HisContractTest {

    private @Nullable String signNo;

    private final Client jiangxi = new Client() {
        @Override
        public Map<String, @Nullable Object> envelope(String infno, String msgid, Object input) {
            Map<String, @Nullable Object> e = commonInput(infno, msgid, input);
            e.put("recer_sys_code", "his");
            e.put("dev_no", "");
            e.put("dev_safe_info", "");
            e.put("cainfo", "");
            e.put("signtype", "");
            e.put("opter_type", 1);
            e.put("opter", "0001");
            e.put("opter_name", "收费员");
            e.put("sign_no", signNo);
            return e;
        }

        @Override
        public boolean routesByPath() {
            return true;
        }
    };

    @Test
    void settlesAnOutpatientVisitFromSignInToReconciliationAsTheJiangxiClientSendsIt() {
        TestPerson p = employee("江芦溪", "130200", "300.00");
        String psnNo = Long.toString(p.id());
        JsonNode signedIn = succeeds(jiangxi, "9001", Map.of("signIn", Map.of("opter_no", "0001",
                "mac", "00-1B-44-11-3A-B7", "ip", "10.0.0.10")));
        reads("9001 signinoutb", signedIn.get("signinoutb"), all(Read.SCALAR, "sign_no"));
        signNo = signedIn.get("signinoutb").get("sign_no").asString();

        JsonNode person = succeeds(jiangxi, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02",
                "mdtrt_cert_no", p.idNumber(), "card_sn", "", "begntime", "", "psn_cert_type", "01",
                "certno", p.idNumber(), "psn_name", p.name())));
        reads("1101 baseinfo", person.get("baseinfo"), all(Read.SCALAR, "certno", "age", "psn_no"));
        reads("1101", person, Map.of("insuinfo", Read.LIST));
        person.get("insuinfo").forEach(i -> reads("1101 insuinfo", i, all(Read.SCALAR, "balc", "insutype",
                "psn_type", "psn_insu_stas", "psn_insu_date", "cvlserv_flag", "insuplc_admdvs")));

        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("psn_no", psnNo);
        reg.put("insutype", "310");
        reg.put("begntime", now());
        reg.put("mdtrt_cert_type", "02");
        reg.put("mdtrt_cert_no", p.idNumber());
        reg.put("ipt_otp_no", visitNumber());
        reg.put("atddr_no", "admin");
        reg.put("dr_name", "管理员");
        reg.put("dept_code", "D99");
        reg.put("dept_name", "其它");
        reg.put("caty", "0101010101");
        JsonNode registered = succeeds(jiangxi, "2201", Map.of("data", reg));
        reads("2201 data", registered.get("data"), all(Read.SCALAR, "mdtrt_id"));
        String mdtrtId = mdtrtId(registered);

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("mdtrt_id", mdtrtId);
        info.put("psn_no", psnNo);
        info.put("med_type", "11");
        info.put("begntime", now());
        info.put("main_cond_dscr", "");
        info.put("dise_codg", "R53.x00x005");
        info.put("dise_name", "不适");
        info.put("birctrl_type", "");
        info.put("birctrl_matn_date", "");
        info.put("matn_type", "");
        info.put("geso_val", "");
        succeeds(jiangxi, "2203", Map.of("mdtrtinfo", info, "diseinfo", List.of(Map.of("diag_type", "1",
                "diag_srt_no", "1", "diag_code", "R53.x00x005", "diag_name", "不适", "diag_dept", "内科",
                "dise_dor_no", "admin", "dise_dor_name", "管理员", "diag_time", now(), "vali_flag", "1"))));

        Map<String, Object> fee = fee2204(mdtrtId, psnNo, "2026/1/5 9:10:00");
        JsonNode refused = replay(jiangxi, "2204", Map.of("feedetail", List.of(fee)));
        assertThat(refused.get("err_msg").asString()).isEqualTo(
                "输入参数[fee_ocur_time]时间格式错误，应为yyyy-MM-dd HH:mm:ss：2026/1/5 9:10:00");
        JsonNode uploaded = succeeds(jiangxi, "2204", Map.of("feedetail", List.of(fee2204(mdtrtId, psnNo,
                "2026-01-05 09:10:00"))));
        reads("2204", uploaded, Map.of("result", Read.LIST));

        Map<String, Object> settle = new LinkedHashMap<>();
        settle.put("psn_no", psnNo);
        settle.put("mdtrt_cert_type", "02");
        settle.put("mdtrt_cert_no", p.idNumber());
        settle.put("med_type", "11");
        settle.put("medfee_sumamt", "37.5000");
        settle.put("psn_setlway", "01");
        settle.put("mdtrt_id", mdtrtId);
        settle.put("chrg_bchno", "20260105001");
        settle.put("insutype", "310");
        settle.put("acct_used_flag", "0");
        settle.put("invono", "20260105001");
        settle.put("fulamt_ownpay_amt", "0");
        settle.put("overlmt_selfpay", "0");
        settle.put("preselfpay_amt", "0");
        settle.put("inscp_scp_amt", "37.5");
        succeeds(jiangxi, "2206", Map.of("data", settle));
        JsonNode settled = succeeds(jiangxi, "2207", Map.of("data", settle));
        Map<String, Read> setlinfo = all(Read.SCALAR, "mdtrt_id", "setl_id", "psn_no", "psn_name", "psn_cert_type",
                "certno", "gend", "naty", "brdy", "age", "psn_type", "cvlserv_flag", "setl_time", "mdtrt_cert_type",
                "med_type", "medins_setl_id");
        setlinfo.putAll(all(Read.SCALAR, SETLINFO_AMOUNTS.toArray(String[]::new)));
        reads("2207 setlinfo", settled.get("setlinfo"), setlinfo);
        String setlId = settled.get("setlinfo").get("setl_id").asString();

        Map<String, Object> ids = Map.of("psn_no", psnNo, "mdtrt_id", mdtrtId, "setl_id", setlId);
        JsonNode records = succeeds(jiangxi, "5204", Map.of("data", ids));
        assertThat(records.isArray()).as("5204 output read as List<JObject>").isTrue();
        assertThat(records).isNotEmpty();
        JsonNode queried = succeeds(jiangxi, "5203", Map.of("data", ids));
        reads("5203", queried, Map.of("setldetail", Read.LIST));

        reads("2208 setlinfo", succeeds(jiangxi, "2208", Map.of("data", ids)).get("setlinfo"), setlinfo);

        reconciles(jiangxi, ledger("0", "0"));
    }

    /** A 2204 item as the client builds it from its charge row: every value a string. */
    private static Map<String, Object> fee2204(String mdtrtId, String psnNo, String feeOcurTime) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("feedetl_sn", "FP0011");
        f.put("mdtrt_id", mdtrtId);
        f.put("psn_no", psnNo);
        f.put("chrg_bchno", "20260105001");
        f.put("dise_codg", "");
        f.put("rxno", "1091000");
        f.put("rx_circ_flag", "0");
        f.put("fee_ocur_time", feeOcurTime);
        f.put("med_list_codg", "XJ01CAA001");
        f.put("medins_list_codg", "YP0001");
        f.put("det_item_fee_sumamt", "37.5000");
        f.put("cnt", "3.0000");
        f.put("pric", "12.5000");
        f.put("sin_dos_dscr", "");
        f.put("used_frqu_dscr", "");
        f.put("prd_days", "");
        f.put("medc_way_sdcr", "");
        f.put("bilg_dept_codg", "D99");
        f.put("bilg_dept_name", "其它");
        f.put("bilg_dr_codg", "admin");
        f.put("bilg_dr_name", "管理员");
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
        return f;
    }
}
