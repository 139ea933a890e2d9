package org.yibao.common.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;

/**
 * Keeps the audit trail's monthly partitions ahead of time (V291, docs/adr/0008-partitioning.md): at start and then
 * daily, this month's and the next {@value #MONTHS_AHEAD} months' partitions are made where missing, so that records
 * never fall into the default partition. Safe on several nodes at once: a partition another node made is skipped,
 * and a race on the same month fails on one node only, to be retried the next day.
 */
@Component
class AuditPartitions {

    static final int MONTHS_AHEAD = 3;
    private static final Logger log = LoggerFactory.getLogger(AuditPartitions.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditPartitions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        ensure();
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT24H")
    void daily() {
        ensure();
    }

    /** Makes the missing partitions of this month and the months ahead; answers how many it made. */
    int ensure() {
        try {
            Integer made = jdbc.sql("select common_audit_partitions(?, ?)")
                    .params(BusinessTime.today(clock), MONTHS_AHEAD + 1).query(Integer.class).single();
            if (made != null && made > 0) {
                log.info("audit trail: {} monthly partitions made", made);
            }
            return made == null ? 0 : made;
        } catch (org.springframework.dao.DataAccessException e) {
            log.warn("audit trail: monthly partitions not made, retried tomorrow: {}", e.getMessage());
            return 0;
        }
    }
}
