package org.yibao.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.account.CreditingRun;
import org.yibao.account.CreditingRuns;
import org.yibao.common.AuditTrail;
import org.yibao.support.YibaoHttpTest;

/** A node that stops during a run marks it 失败 (STOPPED) with its batch undone, and the next start goes on. */
class CreditingRunnerTests extends YibaoHttpTest {

    @Autowired
    JdbcMonthlyCrediting crediting;

    @Autowired
    CreditingAttempts attempts;

    @Autowired
    CreditingRuns runs;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    private long balanceFen(long person) {
        return jdbc.sql("select coalesce(sum(amount_fen), 0) from account_journal where person_id = ? and ledger = 'PERSONAL'")
                .param(person).query(Long.class).single();
    }

    @Test
    void aRunWhoseNodeStopsIsMarkedStoppedWithItsBatchUndoneAndTheNextStartGoesOn() throws Exception {
        YearMonth month = YearMonth.of(1972, 8);
        long person = insuredPerson("职工庚", "130200", "246810", null).id();
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                  account_fen, channel, status) values (?, '130200', '310', ?, ?, 4200, 'EMPLOYER', 'PAID')""")
                .params(person, month.getYear(), month.getMonthValue()).update();
        jdbc.sql("insert into account_crediting_run (period_year, period_month, status, started_at) values (1972, 8, 'RUNNING', now())")
                .update();
        // a node of its own, stopped while its run waits at the first batch
        CreditingRunner node = new CreditingRunner(crediting, attempts, tx, audit, clock, Duration.ofMinutes(3));
        long id;
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement(
                    "select 1 from account_crediting_run where period_year = 1972 and period_month = 8 for update")) {
                lock.executeQuery();
            }
            id = node.start(month, "admin").run().id();
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (runs.find(id).orElseThrow().due() == null && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            Thread stopping = new Thread(() -> {
                try {
                    node.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopping.start();
            Thread.sleep(300);
            held.rollback();
            stopping.join(15_000);
        }
        CreditingRun stopped = runs.find(id).orElseThrow();
        assertThat(stopped.status()).isEqualTo(CreditingRun.Status.FAILED);
        assertThat(stopped.reason()).isEqualTo(CreditingRun.Reason.STOPPED);
        assertThat(stopped.done()).isZero();
        assertThat(balanceFen(person)).isZero();

        long next = runs.start(month, "admin").run().id();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (runs.find(next).orElseThrow().running() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        CreditingRun done = runs.find(next).orElseThrow();
        assertThat(done.status()).isEqualTo(CreditingRun.Status.DONE);
        assertThat(done.done()).isEqualTo(1);
        assertThat(done.credited().fen()).isEqualTo(4200);
        assertThat(balanceFen(person)).isEqualTo(4200);
    }
}
