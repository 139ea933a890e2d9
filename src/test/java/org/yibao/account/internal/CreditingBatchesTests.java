package org.yibao.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.account.CreditingResult;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.support.YibaoHttpTest;
import org.yibao.common.PersonId;
import tools.jackson.databind.JsonNode;

/** A month larger than one batch is credited batch by batch, each person once, with progress in the log. */
class CreditingBatchesTests extends YibaoHttpTest {

    @Autowired
    JdbcMonthlyCrediting crediting;

    @Autowired
    PersonalAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    private long employeeWithContribution(String name, YearMonth month) {
        long person = insuredPerson(name, "130200", "246810", null).id();
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                  account_fen, channel, status) values (?, '130200', '310', ?, ?, 1000, 'EMPLOYER', 'PAID')""")
                .params(person, month.getYear(), month.getMonthValue()).update();
        return person;
    }

    /**
     * A batch reads no journal leg of the persons credited before it, whichever join the planner picks: on a
     * province's month a hash or merge anti-join over all the month's legs made each batch slower than the last.
     */
    @Test
    void readsNoJournalLegOfTheAccountsCreditedBeforeTheBatch() {
        YearMonth month = YearMonth.of(2091, 4);
        long last = 0;
        for (int i = 0; i < 4; i++) {
            last = employeeWithContribution("已入账" + i, month);
        }
        crediting.credit(month, 2);
        long movement = jdbc.sql("select movement_id from account_crediting_run where period_year = ? and period_month = ?")
                .params(month.getYear(), month.getMonthValue()).query(Long.class).single();
        long next = employeeWithContribution("待入账", month);
        long after = last;
        JsonNode plan = tx.execute(s -> {
            jdbc.sql("set local enable_nestloop = off").update();
            return JSON.readTree(jdbc.sql("explain (analyze, format json) " + CreditingBatches.DUE)
                    .params(Map.of("year", month.getYear(), "month", month.getMonthValue(), "movement", movement,
                            "after", after, "upto", Long.MAX_VALUE))
                    .query(String.class).single());
        });
        assertThat(next).isGreaterThan(last);
        assertThat(plan.get(0).get("Plan").get("Actual Rows").asInt()).isEqualTo(1);
        assertThat(journalRowsRead(plan.get(0).get("Plan"))).isZero();
    }

    /**
     * A batch finds the month's contributions of its persons by an index led by the month: the unique key, led by
     * the person, made it read every month each person of the batch ever paid to find the one it credits.
     */
    @Test
    void findsTheMonthsContributionsByAnIndexLedByTheMonth() {
        YearMonth month = YearMonth.of(2091, 5);
        long person = employeeWithContribution("按月", month);
        for (int m = 1; m <= 4; m++) {
            jdbc.sql("""
                    insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                      account_fen, channel, status)
                    values (?, '130200', '310', 2090, ?, 1000, 'EMPLOYER', 'PAID')""").params(person, m).update();
        }
        JsonNode plan = tx.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return JSON.readTree(jdbc.sql("explain (format json) " + CreditingBatches.DUE)
                    .params(Map.of("year", month.getYear(), "month", month.getMonthValue(), "movement", -1L,
                            "after", person - 1, "upto", person))
                    .query(String.class).single());
        });
        assertThat(indexesOf(plan.get(0).get("Plan"), "insured_contribution"))
                .containsExactly("insured_contribution_month_idx");
    }

    private static java.util.List<String> indexesOf(JsonNode node, String table) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (node.path("Index Name").asString("").startsWith(table)) {
            names.add(node.get("Index Name").asString());
        } else if (table.equals(node.path("Relation Name").asString("")) && !node.has("Index Name")
                && !"Bitmap Heap Scan".equals(node.path("Node Type").asString(""))) {
            names.add("(" + node.path("Node Type").asString("") + ")");
        }
        for (JsonNode child : node.path("Plans")) {
            names.addAll(indexesOf(child, table));
        }
        return names;
    }

    private static long journalRowsRead(JsonNode node) {
        long rows = "account_journal".equals(node.path("Relation Name").asString(""))
                ? node.get("Actual Rows").asLong() * node.get("Actual Loops").asLong() : 0;
        for (JsonNode child : node.path("Plans")) {
            rows += journalRowsRead(child);
        }
        return rows;
    }

    @Test
    void creditsBatchByBatchAndLogsProgress() {
        YearMonth month = YearMonth.of(2091, 3);
        long[] persons = new long[5];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = insuredPerson("批量" + i, "130200", "246810", null).id();
            if (i % 2 == 0) {
                accounts.open(new OpenAccount(persons[i], "130200", Money.ofYuan("1.00"), "OPEN-" + persons[i]));
            }
            jdbc.sql("""
                    insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                      account_fen, channel, status) values (?, '130200', '310', ?, ?, ?, 'EMPLOYER', 'PAID')""")
                    .params(persons[i], month.getYear(), month.getMonthValue(), 1000 + i).update();
        }
        Logger logger = (Logger) LoggerFactory.getLogger(JdbcMonthlyCrediting.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            CreditingResult result = crediting.credit(month, 2);
            assertThat(result).isEqualTo(new CreditingResult(month, 5, Money.ofFen(5010), false));
        } finally {
            logger.detachAppender(appender);
        }
        for (int i = 0; i < persons.length; i++) {
            long opening = i % 2 == 0 ? 100 : 0;
            assertThat(accounts.balance(new PersonId(persons[i]))).contains(Money.ofFen(opening + 1000 + i));
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsSubsequence(
                "crediting 2091-03: 5 accounts to credit", "crediting 2091-03: 2/5 accounts credited",
                "crediting 2091-03: 4/5 accounts credited", "crediting 2091-03: 5/5 accounts credited");
        assertThat(crediting.credit(month, 2).alreadyDone()).isTrue();
    }
}
