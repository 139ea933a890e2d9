package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;

/** DEMO.md's personal-account balances, and the demo contribution history is not credited on top. */
class AccountDemoDataTests extends AccountFixtures {

    @Autowired
    MonthlyCrediting crediting;

    private Money balanceOf(String idNumber) {
        long id = jdbc.sql("select id from insured_person where id_number = ?").param(idNumber).query(Long.class).single();
        return balance(id);
    }

    @Test
    void demoBalancesAreAsDemoSays() {
        assertThat(balanceOf("130203197503121017")).isEqualTo(yuan("1860.00"));
        assertThat(balanceOf("130203194801051033")).isEqualTo(yuan("3200.00"));
        assertThat(balanceOf("130203198209151519")).isEqualTo(yuan("950.00"));
        assertThat(balanceOf("110108198501021423")).isEqualTo(yuan("2400.00"));
        assertThat(balanceOf("341102199304301223")).isGreaterThan(Money.ZERO);
        assertThat(balanceOf("360602199008081318")).isGreaterThan(Money.ZERO);
    }

    @Test
    void residentsHaveNoPersonalAccount() {
        long resident = jdbc.sql("select id from insured_person where id_number = '130203197706181028'")
                .query(Long.class).single();
        assertThat(accounts.balance(resident)).isEmpty();
    }

    @Test
    void theDemoHistoryIsNeverCreditedOnTop() {
        String max = jdbc.sql("""
                select max(make_date(c.period_year, c.period_month, 1))::text from insured_contribution c
                join insured_person p on p.id = c.person_id
                where p.id_number = '110108198501021423' and c.insutype = '310' and c.period_month > 0""").query(String.class).single();
        CreditingResult result = crediting.credit(YearMonth.parse(max.substring(0, 7)));
        assertThat(result.alreadyDone()).isTrue();
        assertThat(balanceOf("110108198501021423")).isEqualTo(yuan("2400.00"));
    }
}
