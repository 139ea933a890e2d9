package org.yibao.account.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yibao.account.CreditingRun;
import org.yibao.account.CreditingRuns;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;

/**
 * Starts crediting the previous month's contributions every month (by default on the 5th at 03:00 Beijing time,
 * when employers' payments for the month are in) as a recorded run the administrator follows on 个人账户月度划入.
 * {@code yibao.account.crediting.cron: "-"} switches it off, as in tests; on several nodes the later starts join
 * the run the first one began, and a month already credited is left alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CreditingSchedule {

    private static final Logger log = LoggerFactory.getLogger(CreditingSchedule.class);

    private final CreditingRuns runs;
    private final Clock clock;

    CreditingSchedule(CreditingRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "${yibao.account.crediting.cron:0 0 3 5 * *}", zone = "Asia/Shanghai")
    void creditPreviousMonth() {
        YearMonth month = YearMonth.from(BusinessTime.today(clock)).minusMonths(1);
        try {
            CreditingRuns.Start start = runs.start(month, CreditingRun.SCHEDULE);
            log.info("crediting {}: {} run {}", month, start.joined() ? "joined" : "started", start.run().id());
        } catch (BusinessException e) {
            log.info("crediting {}: not started ({})", month, e.code());
        }
    }
}
