package org.yibao.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.YibaoHttpTest;

/** The demo settlement history obeys the rules of real settlements: its account payments are in the ledger. */
class SettlementHistoryDemoDataTests extends YibaoHttpTest {

    @Test
    void everyDemoSettlementPaidFromAnAccountHasItsLedgerEntries() {
        List<Map<String, Object>> paid = jdbc.sql("""
                select s.setl_id, s.acct_pay, s.acct_mulaid_pay,
                       (select coalesce(-sum(j.amount_fen), 0) from account_journal j
                        where j.reference = s.setl_id and j.ledger = 'PERSONAL' and j.person_id = s.person_id) own,
                       (select coalesce(-sum(j.amount_fen), 0) from account_journal j
                        where j.reference = s.setl_id and j.ledger = 'PERSONAL' and j.person_id <> s.person_id) aid,
                       (select count(*) from account_movement m where m.reference = s.setl_id and m.kind = 'PAYMENT'
                        and m.acct_pay_fen = s.acct_pay and m.mulaid_pay_fen = s.acct_mulaid_pay
                        and m.cash_pay_fen = s.psn_cash_pay) movements
                from settlement_settlement s where s.mdtrt_id like 'DEMO%' and s.acct_pay + s.acct_mulaid_pay > 0""")
                .query().listOfRows();
        assertThat(paid).as("the demo pays some visits from accounts").hasSizeGreaterThanOrEqualTo(3);
        for (Map<String, Object> s : paid) {
            assertThat(((Number) s.get("own")).longValue()).as("%s", s).isEqualTo(((Number) s.get("acct_pay")).longValue());
            assertThat(((Number) s.get("aid")).longValue()).as("%s", s)
                    .isEqualTo(((Number) s.get("acct_mulaid_pay")).longValue());
            assertThat(((Number) s.get("movements")).longValue()).as("%s", s).isOne();
        }
    }

    @Test
    void theDemoHistoryNeverPaysMoreFromAnAccountThanItHeld() {
        assertThat(jdbc.sql("""
                select count(*) from settlement_settlement
                where mdtrt_id like 'DEMO%' and (balc < 0 or acct_pay + acct_mulaid_pay + psn_cash_pay <> psn_part_amt)""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from settlement_settlement s join account_personal a on a.person_id = s.person_id
                where s.mdtrt_id like 'DEMO%' and s.acct_mulaid_pay > 0""").query(Long.class).single())
                .as("共济 pays only for people whose own account cannot (SplitRule)").isZero();
    }
}
