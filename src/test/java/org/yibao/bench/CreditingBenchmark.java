package org.yibao.bench;

import java.time.YearMonth;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yibao.YibaoApplication;
import org.yibao.account.CreditingResult;
import org.yibao.account.MonthlyCrediting;

/**
 * Monthly crediting on province-scale data (issue 18: 1 000 000 accounts in at most 60 s, with progress): starts
 * Yibao (on a free port) on the database given by {@code SPRING_DATASOURCE_URL} and credits the month given
 * (bench/province.sh pays the employees' contributions of 2026-12 and leaves that month uncredited), timing the
 * whole run; the progress lines are Yibao's own log. A run that continues a month left RUNNING counts in its rate
 * only the accounts it credited itself. Arguments: the month (yyyy-MM), then Spring's own.
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

    public static void main(String[] args) {
        YearMonth month = YearMonth.parse(args[0]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YibaoApplication.class)
                .run(spring(args))) {
            MonthlyCrediting crediting = context.getBean(MonthlyCrediting.class);
            long before = credited(context.getBean(JdbcClient.class), month);
            long t0 = System.nanoTime();
            CreditingResult result = crediting.credit(month);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long now = result.persons() - before;
            System.out.printf("crediting %s: %s; %d accounts credited by this run in %.1f s (%.0f accounts/s)%n",
                    month, result, now, seconds, now / seconds);
        }
    }

    /** The accounts an earlier, unfinished run of the month credited already. */
    private static long credited(JdbcClient jdbc, YearMonth month) {
        return jdbc.sql("""
                select count(*) from account_journal j join account_crediting_run r on r.movement_id = j.movement_id
                where r.period_year = ? and r.period_month = ? and j.ledger = 'PERSONAL'""")
                .params(month.getYear(), month.getMonthValue()).query(Long.class).single();
    }
}
