package org.yibao.common.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.Allowances;

/**
 * One row per key and window; a use is one conditional upsert ({@code … on conflict … where taken < limit
 * returning taken}), committed on its own so that a caller's rollback never gives a use back.
 */
@Component
class JdbcAllowances implements Allowances {

    /** Beijing is UTC+8 all year: windows start at Beijing midnight and at whole multiples of their length after it. */
    private static final long OFFSET_SECONDS = 8 * 3600;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate alone;

    JdbcAllowances(JdbcClient jdbc, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alone = new TransactionTemplate(tx);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @Override
    public OptionalInt take(String key, int limit, Duration window) {
        if (limit < 1) {
            return OptionalInt.empty();
        }
        OffsetDateTime start = windowStart(window);
        // the overall keys are hot rows: their commit does not wait for the disk (a count lost in a crash is harmless)
        Integer taken = alone.execute(s -> jdbc.sql("""
                with quick as (select set_config('synchronous_commit', 'off', true))
                insert into common_allowance as a (allowance_key, window_start, window_end, taken)
                select ?, ?, ?, 1 from quick
                on conflict (allowance_key, window_start) do update set taken = a.taken + 1 where a.taken < ?
                returning taken""")
                .params(key, start, start.plus(window), limit).query(Integer.class).optional().orElse(null));
        return taken == null ? OptionalInt.empty() : OptionalInt.of(taken);
    }

    @Override
    public void giveBack(String key, Duration window) {
        alone.executeWithoutResult(s -> jdbc.sql("""
                update common_allowance set taken = taken - 1
                where allowance_key = ? and window_start = ? and taken > 0""")
                .params(key, windowStart(window)).update());
    }

    @Override
    public long secondsLeft(Duration window) {
        long left = Duration.between(clock.instant(), windowStart(window).plus(window).toInstant()).toSeconds();
        return Math.max(1, left + 1);
    }

    /** Forgets windows that ended more than a day ago. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldWindows() {
        jdbc.sql("delete from common_allowance where window_end < ?")
                .param(OffsetDateTime.now(clock).minusDays(1)).update();
    }

    private OffsetDateTime windowStart(Duration window) {
        long length = Math.max(1, window.toSeconds());
        long local = clock.instant().getEpochSecond() + OFFSET_SECONDS;
        long start = Math.floorDiv(local, length) * length - OFFSET_SECONDS;
        return Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC);
    }
}
