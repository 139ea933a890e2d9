package org.yibao.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * Five wrong passwords in a row lock the subject for 15 minutes. Subjects are accounts, staff users, or, for a
 * user name that matches no account, the name itself, so that unknown and known names answer alike.
 * Failures are written in their own transaction: a refused login rolls nothing back.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Failures older than this no longer count towards a lock. */
    static final Duration MEMORY = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;

    LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(tx);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refuses at once while the subject is locked. */
    void checkNotLocked(String subject) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("select locked_until from identity_login_failure where subject_key = ?").param(subject)
                .query(OffsetDateTime.class).optional()
                .filter(until -> until != null && until.isAfter(now))
                .ifPresent(until -> {
                    throw locked(now, until);
                });
    }

    /** Counts a failure and refuses with the tries left, or with the lock when this was the fifth. */
    BusinessException failed(String subject, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int failures = separately.execute(s -> jdbc.sql("""
                insert into identity_login_failure as f (subject_key, failures, last_failure_at)
                values (?, 1, ?)
                on conflict (subject_key) do update set
                    failures = case when f.last_failure_at < ? or f.locked_until is not null then 1 else f.failures + 1 end,
                    last_failure_at = excluded.last_failure_at,
                    locked_until = null
                returning failures""")
                .params(subject, now, now.minus(MEMORY)).query(Integer.class).single());
        if (failures >= MAX_FAILURES) {
            OffsetDateTime until = now.plus(LOCK);
            separately.executeWithoutResult(s -> jdbc.sql(
                    "update identity_login_failure set locked_until = ? where subject_key = ?")
                    .params(until, subject).update());
            return locked(now, until);
        }
        return new BusinessException(Problem.UNAUTHORIZED, java.util.List.of(
                new BusinessException.FieldError(field, "LOGIN_FAILED", MAX_FAILURES - failures)));
    }

    void succeeded(String subject) {
        jdbc.sql("delete from identity_login_failure where subject_key = ?").param(subject).update();
    }

    private static BusinessException locked(OffsetDateTime now, OffsetDateTime until) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return new BusinessException(Problem.LOCKED, "LOGIN_LOCKED", MAX_FAILURES, minutes);
    }
}
