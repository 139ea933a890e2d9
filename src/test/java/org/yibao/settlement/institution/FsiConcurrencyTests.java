package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;

/** Settlements of one person run at once serialize on the person: the account is never overdrawn. */
class FsiConcurrencyTests extends FsiTest {

    @Test
    void manySimultaneousSettlementsNeverOverdrawOnePersonsAccount() throws Exception {
        TestPerson p = employee("孙并发", "130200", "100.00");
        settleAtOnce(p, 16, 16);
        // 16 × 12.50 = 200.00, all under the 200.00 deductible: the person pays everything, 100.00 from the account.
        assertThat(balance(p.id())).isEqualTo(Money.ZERO);
        assertThat(count("select sum(acct_pay) from settlement_settlement where person_id = ?", p.id())).isEqualTo(10000);
        assertThat(count("select sum(psn_cash_pay) from settlement_settlement where person_id = ?", p.id())).isEqualTo(10000);
        assertThat(count("select count(*) from settlement_settlement where person_id = ? and status = 'SETTLED'", p.id())).isEqualTo(16);
        assertThat(count("select sum(deductible_used_fen) from settlement_accumulator where person_id = ?", p.id())).isEqualTo(20000);
    }

    @Test
    void twoHundredSimultaneousSettlementsNeverOverdrawTheAccountAndTheJournalSumsToTheBalance() throws Exception {
        TestPerson p = employee("钱并发", "130200", "300.00");
        settleAtOnce(p, 200, 32);
        assertThat(count("select count(*) from settlement_settlement where person_id = ? and status = 'SETTLED'", p.id()))
                .isEqualTo(200);
        assertThat(balance(p.id())).isEqualTo(Money.ZERO);
        assertThat(count("select sum(acct_pay) from settlement_settlement where person_id = ?", p.id())).isEqualTo(30000);
        assertThat(count("select sum(amount_fen) from account_journal where person_id = ? and ledger = 'PERSONAL'", p.id()))
                .as("the journal sums to the balance").isEqualTo(0);
        assertThat(count("select count(*) from settlement_settlement where person_id = ? and medfee_sumamt <> "
                + "fund_pay_sumamt + acct_pay + acct_mulaid_pay + psn_cash_pay", p.id())).isZero();
    }

    @Test
    void settlementsOfManyPeopleAtOnceAreEachExactAndARefusalAmongThemChangesNothing() throws Exception {
        List<TestPerson> people = new ArrayList<>();
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestPerson p = employee("李同批" + i, "130200", "5.00");
            people.add(p);
            visits.add(visitWithAmoxicillin(p, "310"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Json>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestPerson p = people.get(i);
            String total = i == 5 ? "13.00" : "12.50";
            String mdtrtId = visits.get(i);
            answers.add(pool.submit((Callable<Json>) () -> call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", total))));
        }
        for (int i = 0; i < 12; i++) {
            Json r = answers.get(i).get();
            long id = people.get(i).id();
            if (i == 5) {
                assertThat(r.text("err_msg")).isEqualTo("医疗费总额medfee_sumamt[13.00]与已上传费用明细合计[12.50]不一致");
                assertThat(count("select count(*) from settlement_settlement where person_id = ?", id)).isZero();
                assertThat(balance(id)).isEqualTo(Money.ofYuan("5.00"));
                continue;
            }
            ok(r);
            // 12.50 under the deductible: 5.00 from the account, 7.50 in cash
            assertThat(count("select acct_pay from settlement_settlement where person_id = ?", id)).isEqualTo(500);
            assertThat(count("select psn_cash_pay from settlement_settlement where person_id = ?", id)).isEqualTo(750);
            assertThat(count("select sum(deductible_used_fen) from settlement_accumulator where person_id = ?", id))
                    .isEqualTo(1250);
            assertThat(balance(id)).isEqualTo(Money.ZERO);
        }
        pool.shutdown();
    }

    /** Prepares {@code visits} visits of 12.50 for the person, then sends all their 2207s at once. */
    private void settleAtOnce(TestPerson p, int visits, int threads) throws Exception {
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            prepared.add(visitWithAmoxicillin(p, "310"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Json>> answers = new ArrayList<>();
        for (String mdtrtId : prepared) {
            answers.add(pool.submit((Callable<Json>) () -> call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"))));
        }
        for (Future<Json> f : answers) {
            ok(f.get());
        }
        pool.shutdown();
    }
}
