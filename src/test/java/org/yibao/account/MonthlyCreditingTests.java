package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;

/** Employees' accounts get each month's account part once, however often the job runs. */
class MonthlyCreditingTests extends AccountFixtures {

    @Autowired
    MonthlyCrediting crediting;

    private void contribution(long person, YearMonth month, long accountFen) {
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
                values (?, '130200', '310', ?, ?, ?, ?, ?, ?, 'EMPLOYER', 'PAID', ?)""")
                .params(person, month.getYear(), month.getMonthValue(), accountFen * 50, accountFen * 4, accountFen,
                        accountFen, month.atEndOfMonth()).update();
    }

    @Test
    void creditsAMonthOnceEvenWhenRunTwice() {
        YearMonth month = YearMonth.of(2090, 1);
        long withAccount = personWithAccount("职工甲", "100.00");
        long newEmployee = personWithoutAccount("职工乙");
        long arrears = personWithAccount("职工丙", "10.00");
        contribution(withAccount, month, 13_000);
        contribution(newEmployee, month, 9_999);
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                  account_fen, channel, status) values (?, '130200', '310', ?, ?, 5000, 'EMPLOYER', 'ARREARS')""")
                .params(arrears, month.getYear(), month.getMonthValue()).update();
        CreditingResult first = crediting.credit(month);
        CreditingResult second = crediting.credit(month);
        assertThat(first).isEqualTo(new CreditingResult(month, 2, Money.ofFen(22_999), false));
        assertThat(second).isEqualTo(new CreditingResult(month, 2, Money.ofFen(22_999), true));
        assertThat(balance(withAccount)).isEqualTo(yuan("230.00"));
        assertThat(balance(newEmployee)).isEqualTo(yuan("99.99"));
        assertThat(balance(arrears)).isEqualTo(yuan("10.00"));
        assertThat(accounts.journal(withAccount, 1).get(0).counterpart()).isEqualTo(Ledger.EMPLOYER_CREDITING);
        assertThat(journalSum(newEmployee)).isEqualTo(balance(newEmployee));
        assertThat(unbalancedMovements()).isZero();
    }

    @Test
    void creditsAMonthOnceWhenRunConcurrentlyAndLogsProgress() throws Exception {
        YearMonth month = YearMonth.of(2090, 2);
        long[] persons = new long[5];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = personWithAccount("职工" + i, "0.00");
            contribution(persons[i], month, 10_000 + i);
        }
        Logger logger = (Logger) LoggerFactory.getLogger("org.yibao.account.internal.JdbcMonthlyCrediting");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            List<CreditingResult> results = AccountConcurrencyTests.concurrently(4, i -> crediting.credit(month));
            assertThat(results).allSatisfy(r -> assertThat(r.persons()).isEqualTo(5));
            assertThat(results).filteredOn(r -> !r.alreadyDone()).hasSize(1);
        } finally {
            logger.detachAppender(appender);
        }
        for (int i = 0; i < persons.length; i++) {
            assertThat(balance(persons[i])).isEqualTo(Money.ofFen(10_000 + i));
            assertThat(journalSum(persons[i])).isEqualTo(balance(persons[i]));
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("crediting 2090-02: 5 accounts to credit", "crediting 2090-02: 5/5 accounts credited");
    }
}
