package org.yibao.bench;

import java.time.Duration;
import java.time.YearMonth;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yibao.YibaoApplication;
import org.yibao.account.CreditingResult;
import org.yibao.account.CreditingRun;
import org.yibao.account.CreditingRuns;
import org.yibao.account.MonthlyCrediting;

/**
 * Monthly crediting on province-scale data (issue 18: 1 000 000 accounts in at most 60 s, with progress): starts
 * Yibao (on a free port) on the database given by {@code SPRING_DATASOURCE_URL} and credits the month given the way
 * the administrator's page 个人账户月度划入 does ({@link CreditingRuns#start}: a recorded run in the background, its
 * progress written in each batch's transaction), sampling the run's row every second as the page reads it and
 * printing the whole run's accounts, seconds and rate. With {@code -Dbench.direct=true} it calls
 * {@link MonthlyCrediting#credit} instead, which records no run (progress only in the log), to show what recording
 * costs. A run that continues a month left RUNNING counts only the accounts it credited itself. Arguments: the month
 * (yyyy-MM), then Spring's own.
 */
public final class CreditingBenchmark {

    private CreditingBenchmark() {
    }

    /** Spring's arguments: those after the month, on a port of the system's choosing. */
    private static String[] spring(String[] args) {
        String[] spring = java.util.Arrays.copyOfRange(args, 1, args.length + 1);
        spring[spring.length - 1] = "--server.port=0";
        return spring;
    }

    public static void main(String[] args) throws InterruptedException {
        YearMonth month = YearMonth.parse(args[0]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YibaoApplication.class)
                .run(spring(args))) {
            if (Boolean.getBoolean("bench.direct")) {
                direct(context, month);
            } else {
                recorded(context.getBean(CreditingRuns.class), month);
            }
        }
    }

    /** Through the recorded path the page starts: the run's row sampled every second until it ends. */
    private static void recorded(CreditingRuns runs, YearMonth month) throws InterruptedException {
        long t0 = System.nanoTime();
        CreditingRun run = runs.start(month, "bench").run();
        System.out.printf("crediting %s: run %d started%n", month, run.id());
        while (run.running()) {
            Thread.sleep(1000);
            run = runs.find(run.id()).orElseThrow();
            System.out.printf("crediting %s: progress at %5.1f s: %s/%s accounts (%d %%), %d accounts/s so far%n",
                    month, (System.nanoTime() - t0) / 1e9, run.done(), run.due() == null ? "?" : run.due(),
                    run.percent(), run.perSecond());
        }
        double seconds = Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
        System.out.printf("crediting %s (recorded run %d): %s; %d accounts credited in %.1f s (%.0f accounts/s)%n",
                month, run.id(), run.status(), run.done(), seconds, run.done() / seconds);
    }

    /** Through {@link MonthlyCrediting#credit} on this thread: no run recorded. */
    private static void direct(ConfigurableApplicationContext context, YearMonth month) {
        long before = credited(context.getBean(JdbcClient.class), month);
        long t0 = System.nanoTime();
        CreditingResult result = context.getBean(MonthlyCrediting.class).credit(month);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long now = result.persons() - before;
        System.out.printf("crediting %s (direct, not recorded): %s; %d accounts credited by this run in %.1f s "
                + "(%.0f accounts/s)%n", month, result, now, seconds, now / seconds);
    }

    /** The accounts an earlier, unfinished run of the month credited already. */
    private static long credited(JdbcClient jdbc, YearMonth month) {
        return jdbc.sql("""
                select count(*) from account_journal j join account_crediting_run r on r.movement_id = j.movement_id
                where r.period_year = ? and r.period_month = ? and j.ledger = 'PERSONAL'""")
                .params(month.getYear(), month.getMonthValue()).query(Long.class).single();
    }
}
