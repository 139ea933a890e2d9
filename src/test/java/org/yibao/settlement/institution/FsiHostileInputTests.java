package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;
import org.yibao.settlement.policy.InputLimits;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input on the institution API: amounts beyond any reason, sums that do not add up to the fen, over-long
 * fields and control characters answer infcode -1 naming the field (never HTTP 500) and store nothing; the bounds
 * are policy data per region; 3201 stays exact whatever the stored totals.
 */
class FsiHostileInputTests extends FsiTest {

    @Autowired
    InputLimits limits;

    private static void refused(Json r, String errMsg) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("infcode").asInt()).as(r.toString()).isEqualTo(-1);
        assertThat(r.text("err_msg")).isEqualTo(errMsg);
    }

    private Json upload(Map<String, Object> fee) {
        return call(HOSPITAL, "2204", Map.of("feedetail", List.of(fee)));
    }

    @Test
    void refusesAmountsWithAnExponentOrBeyondTheNationalRange() {
        TestPerson p = employee("严指数", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "1e20", "1e20")),
                "输入参数[pric]不是有效的数字（最多16位整数，不用科学计数法）：1e20");
        Map<String, Object> number = fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "1", "1");
        number.put("pric", 1e20);
        refused(upload(number), "输入参数[pric]不是有效的数字（最多16位整数，不用科学计数法）：100000000000000000000");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "NaN", "1")),
                "输入参数[pric]不是有效的数字（最多16位整数，不用科学计数法）：NaN");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "100000000000000.00", "1")),
                "输入参数[pric]金额100000000000000.00超出范围（须小于1e14元）");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "-12.50")),
                "输入参数[det_item_fee_sumamt]金额错误：-12.50（不能为负，最多两位小数）");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).isZero();
    }

    @Test
    void refusesAPriceOrALineAboveTheRegionsLimitAndAVisitAboveItsTotal() {
        TestPerson p = employee("严上限", "130200", "5000.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "2000000.01", "2000000.01")),
                "费用明细[1]的单价pric[2000000.01]超过本地区上限2000000.00元");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "100001", "0.01", "1000.01")),
                "费用明细[1]的数量cnt[100001]超过本地区上限100000");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "3", "2000000.00", "6000000.00")),
                "费用明细[1]的金额det_item_fee_sumamt[6000000.00]超过本地区上限5000000.00元");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).isZero();
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "2", "2000000.00", "4000000.00"),
                fee("2", mdtrtId, p.id(), "XJ01CAA001", "2", "2000000.00", "4000000.00"),
                fee("3", mdtrtId, p.id(), "XJ01CAA001", "2", "2000000.00", "4000000.00")))));
        refused(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12000000.00")),
                "医疗费总额medfee_sumamt[12000000.00]超过本地区单次就诊上限10000000.00元");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isZero();
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("5000.00"));
    }

    @Test
    void limitsArePolicyDataPerRegionWithTheDefaultRowForOthers() {
        jdbc.sql("""
                insert into settlement_input_limit (region_code, max_pric_fen, max_cnt, max_item_fen, max_visit_fen,
                    changed_by, reason) values ('990100', 100000, 10, 200000, 500000, 'test', '测试地区')""").update();
        InputLimits.Limits own = limits.of("990100");
        assertThat(own.maxPrice()).isEqualTo(Money.ofYuan("1000.00"));
        assertThat(own.maxCount()).isEqualByComparingTo("10");
        assertThat(own.maxVisitTotal()).isEqualTo(Money.ofYuan("5000.00"));
        assertThat(limits.of("990200").maxPrice()).as("the default row").isEqualTo(Money.ofYuan("2000000.00"));
    }

    @Test
    void refusesALineTotalThatIsNotPriceTimesCountToTheFen() {
        TestPerson p = employee("严到分", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "3", "12.50", "37.51")),
                "费用明细[1]金额不符：det_item_fee_sumamt[37.51]不等于数量cnt[3]×单价pric[12.50]=37.50（四舍五入到分）");
        refused(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "0.3335", "10.00", "3.33")),
                "费用明细[1]金额不符：det_item_fee_sumamt[3.33]不等于数量cnt[0.3335]×单价pric[10.00]=3.34（四舍五入到分）");
        ok(upload(fee("1", mdtrtId, p.id(), "XJ01CAA001", "0.3335", "10.00", "3.34")));
    }

    @Test
    void refusesControlCharactersAndOverLongFieldsNamingTheField() {
        TestPerson p = employee("严字段", "130200", "50.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        refused(upload(fee("1\u00002", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")),
                "输入参数[feedetl_sn]含有控制字符（位置2）");
        refused(upload(fee("9".repeat(31), mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")),
                "输入参数[feedetl_sn]长度31超过30个字符");
        Map<String, Object> envelope = envelope(HOSPITAL, "1101", msgid(HOSPITAL), signNo(HOSPITAL), Map.of());
        envelope.put("opter", "op\u000001");
        refused(sendBody(HOSPITAL, JSON.writeValueAsString(envelope)), "公共输入参数[opter]含有控制字符");
        envelope.put("opter_name", "收".repeat(51));
        envelope.put("opter", "op01");
        refused(sendBody(HOSPITAL, JSON.writeValueAsString(envelope)), "公共输入参数[opter_name]长度51超过50个字符");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).isZero();
    }

    @Test
    void reconcilesAMonthWhoseStoredTotalsExceedALong() {
        TestPerson p = employee("严对账", "130200", "50.00");
        List<String> setlIds = List.of(settledAmoxicillin(p), settledAmoxicillin(p));
        // rows as huge as the unbounded API once let through: each fits a bigint, their sum does not
        jdbc.sql("""
                update settlement_settlement set medfee_sumamt = medfee_sumamt + 5000000000000000000,
                    fund_pay_sumamt = fund_pay_sumamt + 5000000000000000000, setl_time = '2001-03-15 10:00:00+08'
                where setl_id in (?, ?)""").params(setlIds.get(0), setlIds.get(1)).update();
        refused(call(HOSPITAL, "3201", Map.of("data", Map.of("insutype", "310", "clr_type", "11",
                "setl_optins", "130200", "stmt_begndate", "2001-03-01", "stmt_enddate", "2001-03-31",
                "medfee_sumamt", "1e20", "fund_pay_sumamt", "0", "acct_pay", "0", "fixmedins_setl_cnt", "2"))),
                "输入参数[medfee_sumamt]不是有效的数字（最多16位整数，不用科学计数法）：1e20");
        JsonNode agree = ok(call(HOSPITAL, "3201", Map.of("data", Map.of("insutype", "310", "clr_type", "11",
                "setl_optins", "130200", "stmt_begndate", "2001-03-01", "stmt_enddate", "2001-03-31",
                "medfee_sumamt", "0", "fund_pay_sumamt", "0", "acct_pay", "0", "fixmedins_setl_cnt", "2"))))
                .get("stmtinfo");
        assertThat(agree.get("stmt_rslt").asString()).isEqualTo("1");
        assertThat(agree.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("100000000000000025.00");
        assertThat(agree.get("fixmedins_setl_cnt").asLong()).isEqualTo(2);
    }

    /** A settled visit of one 阿莫西林胶囊 (12.50); answers its setl_id. */
    private String settledAmoxicillin(TestPerson p) {
        String mdtrtId = visitWithAmoxicillin(p, "310");
        return ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"))).get("setlinfo").get("setl_id")
                .asString();
    }
}
