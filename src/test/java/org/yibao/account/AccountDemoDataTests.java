package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;
import org.yibao.common.PersonId;

/** DEMO.md's personal-account balances, and the demo contribution history is not credited on top. */
class AccountDemoDataTests extends AccountFixtures {

    @Autowired
    MonthlyCrediting crediting;

    private Money balanceOf(String idNumber) {
        long id = jdbc.sql("select id from insured_person where id_number = ?").param(idNumber).query(Long.class).single();
        return balance(id);
    }

    /**
     * What the demo opened the account with: other tests settle visits of demo people, so the balance of now may
     * be lower, but the opening leg and the journal must still explain it.
     */
    private Money openedWith(String idNumber) {
        long id = jdbc.sql("select id from insured_person where id_number = ?").param(idNumber).query(Long.class).single();
        long journal = jdbc.sql("select coalesce(sum(amount_fen), 0) from account_journal where person_id = ? and ledger = 'PERSONAL'")
                .param(id).query(Long.class).single();
        assertThat(Money.ofFen(journal)).as("the journal sums to the balance").isEqualTo(balance(id));
        return Money.ofFen(jdbc.sql("""
                select j.amount_fen from account_journal j join account_journal o on o.movement_id = j.movement_id
                where j.person_id = ? and j.ledger = 'PERSONAL' and o.ledger = 'OPENING_BALANCE'""")
                .param(id).query(Long.class).single());
    }

    @Test
    void demoBalancesAreAsDemoSays() {
        assertThat(openedWith("130203197503121017")).isEqualTo(yuan("1860.00"));
        assertThat(openedWith("130203194801051033")).isEqualTo(yuan("3200.00"));
        assertThat(openedWith("130203198209151519")).isEqualTo(yuan("950.00"));
        assertThat(openedWith("110108198501021423")).isEqualTo(yuan("2400.00"));
        assertThat(balanceOf("341102199304301223")).isGreaterThan(Money.ZERO);
        assertThat(balanceOf("360602199008081318")).isGreaterThan(Money.ZERO);
    }

    @Test
    void residentsHaveNoPersonalAccount() {
        long resident = jdbc.sql("select id from insured_person where id_number = '130203197706181028'")
                .query(Long.class).single();
        assertThat(accounts.balance(new PersonId(resident))).isEmpty();
    }

    @Test
    void theDemoHistoryIsNeverCreditedOnTop() {
        String max = jdbc.sql("""
                select max(make_date(c.period_year, c.period_month, 1))::text from insured_contribution c
                join insured_person p on p.id = c.person_id
                where p.id_number = '110108198501021423' and c.insutype = '310' and c.period_month > 0""").query(String.class).single();
        Money before = balanceOf("110108198501021423");
        CreditingResult result = crediting.credit(YearMonth.parse(max.substring(0, 7)));
        assertThat(result.alreadyDone()).isTrue();
        assertThat(balanceOf("110108198501021423")).isEqualTo(before);
    }
}
