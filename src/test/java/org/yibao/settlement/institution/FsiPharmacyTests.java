package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/** 定点药店购药 (med_type 41): one step, no fund payment, own account first; 2103 gives the money back. */
class FsiPharmacyTests extends FsiTest {

    private static final String PHARMACY = "P13020300001";

    private static Map<String, Object> purchase(TestPerson p, String total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("psn_no", Long.toString(p.id()));
        data.put("mdtrt_cert_type", "03");
        data.put("mdtrt_cert_no", p.cardNumber());
        data.put("insutype", "310");
        data.put("medfee_sumamt", total);
        data.put("acct_used_flag", "1");
        Map<String, Object> item = fee("1", "", p.id(), "XC09AAA001", "4", "5.00", "20.00");
        item.remove("mdtrt_id");
        return Map.of("data", data, "feedetail", List.of(item));
    }

    @Test
    void aPharmacyPurchaseIsPaidFromTheOwnAccountWithoutFundAndCanBeReversed() {
        TestPerson p = employee("吴药店", "130200", "15.00");
        JsonNode pre = ok(call(PHARMACY, "2101", purchase(p, "20.00"))).get("setlinfo");
        assertThat(pre.get("acct_pay").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(balance(p.id())).as("pre-settlement stores nothing").isEqualTo(Money.ofYuan("15.00"));
        JsonNode setl = ok(call(PHARMACY, "2102", purchase(p, "20.00"))).get("setlinfo");
        assertThat(setl.get("med_type").asString()).isEqualTo("41");
        assertThat(setl.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(setl.get("acct_pay").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(balance(p.id())).isEqualTo(Money.ZERO);
        ok(call(PHARMACY, "2103", Map.of("data", Map.of("setl_id", setl.get("setl_id").asString(),
                "psn_no", Long.toString(p.id())))));
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("15.00"));
    }

    /** The savepoint of a pre-settlement must not take the call's nonce back with it. */
    @Test
    void aPreSettlementsNonceCannotBeReplayed() {
        TestPerson p = employee("吴重放", "130200", "15.00");
        String body = JSON.writeValueAsString(envelope(PHARMACY, "2101", msgid(PHARMACY), signNo(PHARMACY),
                purchase(p, "20.00")));
        long now = java.time.Instant.now().getEpochSecond();
        String nonce = java.util.UUID.randomUUID().toString();
        assertThat(send(PHARMACY, "demo-token-" + PHARMACY, body, now, nonce).status()).isEqualTo(200);
        String other = JSON.writeValueAsString(envelope(PHARMACY, "2101", msgid(PHARMACY), signNo(PHARMACY),
                purchase(p, "20.00")));
        assertThat(send(PHARMACY, "demo-token-" + PHARMACY, other, now, nonce).status()).isEqualTo(401);
    }

    @Test
    void aCorrectionGivesAPurchaseBackWhenThePharmacyNeverSawTheAnswer() {
        TestPerson p = employee("吴冲正", "130200", "15.00");
        String purchase = msgid(PHARMACY);
        ok(call(PHARMACY, "2102", purchase, purchase(p, "20.00")));
        assertThat(balance(p.id())).isEqualTo(Money.ZERO);
        ok(call(PHARMACY, "2601", correction(p, purchase, "2102")));
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("15.00"));
        assertThat(call(PHARMACY, "2601", correction(p, purchase, "2102")).text("err_msg")).contains("已撤销");
    }
}
