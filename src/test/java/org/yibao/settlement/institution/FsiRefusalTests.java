package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refusals answer infcode -1 with a precise err_msg and change nothing; bad authentication answers a bare 401. */
class FsiRefusalTests extends FsiTest {

    private static final String PHARMACY = "P13020300001";

    /** 2204 at the hospital with these fee items. */
    @SafeVarargs
    private Json upload(Map<String, Object>... fees) {
        return call(HOSPITAL, "2204", Map.of("feedetail", List.of(fees)));
    }

    private static void refused(Json r, String errMsg) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("infcode").asInt()).isEqualTo(-1);
        assertThat(r.text("err_msg")).isEqualTo(errMsg);
        assertThat(r.body().get("output").isNull()).isTrue();
    }

    @Test
    void refusesAnUnknownTransaction() {
        refused(call(HOSPITAL, "9999", Map.of()), "不支持的交易编号infno[9999]");
    }

    @Test
    void refusesABadEnvelope() {
        refused(sendBody(HOSPITAL, "{not json"), "请求报文不是合法的JSON对象");
        Map<String, Object> e = envelope(HOSPITAL, "1101", msgid(HOSPITAL), signNo(HOSPITAL), Map.of());
        e.remove("opter");
        refused(sendBody(HOSPITAL, JSON.writeValueAsString(e)), "公共输入参数[opter]不能为空");
        Map<String, Object> shortId = envelope(HOSPITAL, "1101", "H1302030000120260101", signNo(HOSPITAL), Map.of());
        refused(sendBody(HOSPITAL, JSON.writeValueAsString(shortId)),
                "msgid[H1302030000120260101]格式错误，应为定点医药机构编号(12位)+yyyyMMddHHmmss(14位)+顺序号(4位)");
        refused(sendBody(HOSPITAL, JSON.writeValueAsString(envelope(HOSPITAL, "1101", msgid(HOSPITAL), "nope", Map.of()))),
                "签到流水号sign_no[nope]无效或已签退，请先签到(9001)");
    }

    @Test
    void refusesAFixmedinsCodeOtherThanThePaasid() {
        String body = JSON.writeValueAsString(envelope(PHARMACY, "1101", msgid(PHARMACY), "x", Map.of()));
        refused(sendBody(HOSPITAL, body), "fixmedins_code[P13020300001]与x-tif-paasid[H13020300001]不一致");
    }

    @Test
    void refusesAnotherInstitutionsVisit() {
        TestPerson p = employee("周他院", "130200", "50.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        refused(call("H13020300002", "2207", settleInput(p, mdtrtId, "310", "12.50")),
                "就诊ID mdtrt_id[" + mdtrtId + "]不存在或不属于本机构");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isZero();
    }

    @Test
    void refusesAnUnknownItemAndAmountsThatDoNotAddUp() {
        TestPerson p = employee("周目录", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50"),
                        fee("2", mdtrtId, p.id(), "NOPE0001", "1", "1.00", "1.00")),
                "费用明细[2]的医保目录编码med_list_codg[NOPE0001]不存在");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "3", "12.50", "37.60")),
                "费用明细[1]金额不符：det_item_fee_sumamt[37.60]不等于数量cnt[3]×单价pric[12.50]=37.50（四舍五入到分）");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).as("nothing stored").isZero();
        ok(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "3", "12.50", "37.50")));
        refused(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "40.00")),
                "医疗费总额medfee_sumamt[40.00]与已上传费用明细合计[37.50]不一致");
    }

    @Test
    void refusesAnItemUploadedBeforeAnotherPersonsVisitAndASettledVisitInTheirOwnWords() {
        TestPerson p = employee("周重传", "130200", "50.00");
        TestPerson other = employee("周别人", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        ok(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")));
        refused(upload(fee("2", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50"),
                        fee("1", mdtrtId, p.id(), "XJ01CAA001", "2", "12.50", "25.00")),
                "费用明细流水号feedetl_sn[1]在该就诊中已上传");
        refused(upload(fee("3", mdtrtId, other.id(), "XJ01CAA001", "1", "12.50", "12.50")),
                "就诊ID mdtrt_id[" + mdtrtId + "]不属于人员编号psn_no[" + other.id() + "]");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId))
                .as("only the first upload stayed").isOne();
        ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50")));
        refused(upload(fee("4", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")),
                "就诊ID mdtrt_id[" + mdtrtId + "]当前状态为已结算，不能办理此交易");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).isOne();
    }

    @Test
    void refusesOutpatientRegistrationWhileAnInpatientStayIsDischargedButUnsettled() {
        TestPerson p = employee("周住院", "130200", "50.00");
        jdbc.sql("""
                insert into settlement_visit (mdtrt_id, institution_code, person_id, insutype, med_type, region_code,
                    mdtrt_cert_type, begntime, endtime, status, created_msgid)
                values (?, 'H13020300001', ?, '310', '21', '130200', '02', now() - interval '5 days', now(), 'DISCHARGED', 'x')""")
                .params("ZY" + p.id(), p.id()).update();
        Map<String, Object> data = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                "begntime", "2026-01-05 09:00:00", "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(),
                "ipt_otp_no", "MZ" + p.id()));
        refused(call(HOSPITAL, "2201", Map.of("data", data)),
                "该参保人有已出院未结算的住院记录（就诊ID ZY" + p.id() + "），请先办理住院结算后再门诊挂号");
        assertThat(count("select count(*) from settlement_visit where person_id = ?", p.id())).isOne();
    }

    @Test
    void refusesChronicCareWithoutAnApprovedDisease() {
        TestPerson p = employee("周慢病", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(call(HOSPITAL, "2203", Map.of("mdtrtinfo", Map.of("mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()),
                        "med_type", "14", "begntime", "2026-01-05 09:00:00"))),
                "人员编号psn_no[" + p.id() + "]没有已备案的门诊慢特病，不能按门诊慢特病(med_type 14)就医结算");
    }

    @Test
    void aBadSignatureAStaleTimestampOrAReplayedNonceAnswer401AndNothingElse() {
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "9001", msgid(HOSPITAL), "",
                Map.of("signIn", Map.of("opter_no", "op01"))));
        long now = Instant.now().getEpochSecond();
        Json wrong = send(HOSPITAL, "wrong-token", body, now, UUID.randomUUID().toString());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isNull();
        assertThat(send(HOSPITAL, "demo-token-" + HOSPITAL, body, now - 301, UUID.randomUUID().toString()).status())
                .isEqualTo(401);
        String nonce = UUID.randomUUID().toString();
        assertThat(send(HOSPITAL, "demo-token-" + HOSPITAL, body, now, nonce).status()).isEqualTo(200);
        assertThat(send(HOSPITAL, "demo-token-" + HOSPITAL, body, now, nonce).status()).isEqualTo(401);
    }
}
