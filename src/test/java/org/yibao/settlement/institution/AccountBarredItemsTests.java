package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;
import org.yibao.settlement.ConsumptionDetail;
import org.yibao.settlement.Consumptions;
import org.yibao.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Seed 002: 个人账户资金不得用于公共卫生费用、体育健身或养生保健消费. Items the catalog flags (C99000002 养生保健滋补膏,
 * C99000003 体育健身运动指导) are paid in cash, neither from the own account nor through 家庭共济; every other item of
 * the same settlement still is. Figures: 20 × 阿莫西林 = 250.00 in scope, 唐山 employee deductible 200.00, 50 % of the
 * rest = 25.00 fund, so 225.00 of it is the person's.
 */
class AccountBarredItemsTests extends FsiTest {

    private static final String PHARMACY = "P13020300001";

    @Autowired
    Consumptions consumptions;

    @Test
    void aMutualAidBeneficiaryPaysAWellnessItemInCashAndTheAuthorizersBalanceIsUntouchedByIt() {
        TestPerson authorizer = employee("共济夫", "130200", "500.00");
        TestPerson wife = beneficiaryOf(authorizer, "共济妻");
        String mdtrtId = visit(wife, "C99000002", "68.00");

        JsonNode setl = settled(wife, mdtrtId, "318.00");

        assertThat(setl.get("psn_part_amt").decimalValue()).isEqualByComparingTo("293.00");
        assertThat(setl.get("acct_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("acct_mulaid_pay").decimalValue()).isEqualByComparingTo("225.00");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(balance(authorizer.id())).isEqualTo(Money.ofYuan("275.00"));
        String setlId = setl.get("setl_id").asString();
        JsonNode queried = ok(call(HOSPITAL, "5203", Map.of("data", Map.of("psn_no", Long.toString(wife.id()),
                "setl_id", setlId, "mdtrt_id", mdtrtId)))).get("setlinfo");
        assertThat(queried.get("acct_mulaid_pay").decimalValue()).isEqualByComparingTo("225.00");
        assertThat(queried.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("68.00");
    }

    @Test
    void anUnflaggedItemStillGoesThroughMutualAid() {
        TestPerson authorizer = employee("共济父", "130200", "500.00");
        TestPerson son = beneficiaryOf(authorizer, "共济子");
        String mdtrtId = visit(son, "C99000001", "20.00");

        JsonNode setl = settled(son, mdtrtId, "270.00");

        assertThat(setl.get("acct_mulaid_pay").decimalValue()).isEqualByComparingTo("245.00");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(balance(authorizer.id())).isEqualTo(Money.ofYuan("255.00"));
        assertThat(consumptions.detail(setl.get("setl_id").asString()).orElseThrow().explanation())
                .extracting(ConsumptionDetail.ExplanationLine::key)
                .doesNotContain("consumption.explain.accountBarred");
    }

    @Test
    void theOwnAccountDoesNotPayAFitnessItemEither() {
        TestPerson p = employee("健身者", "130200", "500.00");
        String mdtrtId = visit(p, "C99000003", "50.00");

        JsonNode setl = settled(p, mdtrtId, "300.00");

        assertThat(setl.get("acct_pay").decimalValue()).isEqualByComparingTo("225.00");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("275.00"));
    }

    @Test
    void aWellnessProductAtAPharmacyIsPaidInCashThroughMutualAidToo() {
        TestPerson authorizer = employee("药店夫", "130200", "500.00");
        TestPerson wife = beneficiaryOf(authorizer, "药店妻");

        JsonNode setl = ok(call(PHARMACY, "2102", purchase(wife, "88.00", fee("1", "", wife.id(), "XC09AAA001", "4",
                "5.00", "20.00"), fee("2", "", wife.id(), "C99000002", "1", "68.00", "68.00")))).get("setlinfo");

        assertThat(setl.get("acct_mulaid_pay").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(balance(authorizer.id())).isEqualTo(Money.ofYuan("480.00"));
    }

    @Test
    void theExplanationSaysWhyTheWellnessItemWasPaidInCash() {
        TestPerson authorizer = employee("说明夫", "130200", "500.00");
        TestPerson wife = beneficiaryOf(authorizer, "说明妻");
        String mdtrtId = visit(wife, "C99000002", "68.00");
        String setlId = settled(wife, mdtrtId, "318.00").get("setl_id").asString();

        ConsumptionDetail detail = consumptions.detail(setlId).orElseThrow();
        assertThat(detail.accountBarred()).isEqualTo(Money.ofYuan("68.00"));
        assertThat(detail.explanation()).contains(new ConsumptionDetail.ExplanationLine(
                "consumption.explain.accountBarred", List.of(Money.ofYuan("68.00"))));
        assertThat(jdbc.sql("select explanation from settlement_settlement where setl_id = ?").param(setlId)
                .query(String.class).single()).contains("其中68.00元为公共卫生、体育健身或养生保健消费");

        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        assertThat(post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", wife.name(),
                "idNumber", wife.idNumber(), "cardNumber", wife.cardNumber(), "cardPassword", "246810"), token)
                .status()).isEqualTo(200);
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(web.get("/consumptions/" + setlId).body())
                .contains("其中68.00元为公共卫生、体育健身或养生保健消费，个人账户（含家庭共济）不得支付，由个人现金支付。");
    }

    @Test
    void aReversalRestoresExactlyWhatMutualAidPaid() {
        TestPerson authorizer = employee("撤销夫", "130200", "500.00");
        TestPerson wife = beneficiaryOf(authorizer, "撤销妻");
        String mdtrtId = visit(wife, "C99000002", "68.00");
        String setlId = settled(wife, mdtrtId, "318.00").get("setl_id").asString();
        assertThat(balance(authorizer.id())).isEqualTo(Money.ofYuan("275.00"));

        JsonNode undone = ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(wife.id()),
                "setl_id", setlId, "mdtrt_id", mdtrtId)))).get("setlinfo");

        assertThat(undone.get("acct_mulaid_pay").decimalValue()).isEqualByComparingTo("-225.00");
        assertThat(balance(authorizer.id())).isEqualTo(Money.ofYuan("500.00"));
        assertThat(balance(wife.id())).isEqualTo(Money.ZERO);
    }

    /** 20 × 阿莫西林胶囊 and one flagged or unflagged item at {@code price}, uploaded to a new visit. */
    private String visit(TestPerson p, String code, String price) {
        String mdtrtId = register(HOSPITAL, p, "310");
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "20", "12.50", "250.00"),
                fee("2", mdtrtId, p.id(), code, "1", price, price)))));
        return mdtrtId;
    }

    /** 2207 of the visit with the account used; its setlinfo. */
    private JsonNode settled(TestPerson p, String mdtrtId, String total) {
        return ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", total))).get("setlinfo");
    }

    /** A new 唐山 employee with an empty account, bound to {@code authorizer}'s account by 家庭共济. */
    private TestPerson beneficiaryOf(TestPerson authorizer, String name) {
        TestPerson beneficiary = employee(name, "130200", "0.00");
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', '承诺书', ?, ?, 0, now())""")
                .params(authorizer.id(), beneficiary.id(), new byte[] {1}, "0".repeat(64)).update();
        return beneficiary;
    }

    @SafeVarargs
    private static Map<String, Object> purchase(TestPerson p, String total, Map<String, Object>... items) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("psn_no", Long.toString(p.id()));
        data.put("mdtrt_cert_type", "03");
        data.put("mdtrt_cert_no", p.cardNumber());
        data.put("insutype", "310");
        data.put("medfee_sumamt", total);
        data.put("acct_used_flag", "1");
        for (Map<String, Object> item : items) {
            item.remove("mdtrt_id");
        }
        return Map.of("data", data, "feedetail", List.of(items));
    }
}
