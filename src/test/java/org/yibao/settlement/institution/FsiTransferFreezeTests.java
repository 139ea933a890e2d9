package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.Money;
import org.yibao.service.TransferFunds;

/** A settlement against an account frozen for a 转移接续 is refused in words, changes nothing, and pays in cash. */
class FsiTransferFreezeTests extends FsiTest {

    @Autowired
    private TransferFunds funds;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void refusesToSpendAnAccountFrozenForATransferAndSettlesInCashWithoutIt() {
        TestPerson p = employee("钱冻结", "130200", "50.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        tx.execute(s -> funds.freeze(p.id(), "130200", "TRANSFER-T" + p.id()));

        Json refused = call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"));
        assertThat(refused.body().get("infcode").asInt()).isEqualTo(-1);
        assertThat(refused.text("err_msg")).contains("职工医保关系转移接续", "已冻结", "acct_used_flag");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isZero();
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("50.00"));

        Map<String, Object> input = settleInput(p, mdtrtId, "310", "12.50");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) input.get("data"));
        data.put("acct_used_flag", "0");
        ok(call(HOSPITAL, "2207", Map.of("data", data)));
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("50.00"));
    }
}
