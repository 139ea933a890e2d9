package org.yibao.account.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yibao.account.MonthlyCrediting;
import org.yibao.common.BusinessTime;

/**
 * Credits the previous month's contributions every month (by default on the 5th at 03:00 Beijing time, when
 * employers' payments for the month are in). {@code yibao.account.crediting.cron: "-"} switches it off, as in
 * tests; running it on several nodes is harmless because a month is credited once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CreditingSchedule {

    private final MonthlyCrediting crediting;
    private final Clock clock;

    CreditingSchedule(MonthlyCrediting crediting, Clock clock) {
        this.crediting = crediting;
        this.clock = clock;
    }

    @Scheduled(cron = "${yibao.account.crediting.cron:0 0 3 5 * *}", zone = "Asia/Shanghai")
    void creditPreviousMonth() {
        crediting.credit(YearMonth.from(BusinessTime.today(clock)).minusMonths(1));
    }
}
