package org.yibao.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * Five wrong passwords lock the subject for 15 minutes. Subjects are accounts, staff users, or, for a user name
 * that matches no account, the name itself, so that unknown and known names answer alike.
 * <p>
 * An attempt is taken before the password is compared, by one conditional upsert that refuses once five are
 * taken and not yet given back: however many requests arrive at once, no more than five passwords are compared
 * per lock period. The fifth failure locks; a success gives back only the attempts taken up to its own, and never
 * lifts a lock. Each statement commits on its own; nothing is held while the password is hashed.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Failures older than this no longer count towards a lock. */
    static final Duration MEMORY = Duration.ofHours(24);

    /**
     * When a subject's count starts again: its lock has run out, its last attempt is older than a day, or five
     * attempts were taken without a lock and the last of them long ago (a node stopped between taking and judging).
     */
    private static final String FRESH = "f.locked_until <= :now or (f.locked_until is null and (f.last_failure_at < :forgotten"
            + " or (f.failures >= :max and f.last_failure_at < :abandoned)))";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate alone;

    LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alone = new TransactionTemplate(tx);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** One attempt the caller may compare: its number among the attempts not given back. */
    record Attempt(String subject, int number) {
    }

    /**
     * Takes an attempt, or refuses with LOGIN_LOCKED (nothing compared) when the subject is locked or five
     * attempts are already out. A lock that has run out, or attempts older than a day, start a fresh count.
     */
    Attempt take(String subject) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Integer number = alone.execute(s -> jdbc.sql("""
                insert into identity_login_failure as f (subject_key, failures, last_failure_at) values (:subject, 1, :now)
                on conflict (subject_key) do update set
                    failures = case when %s then 1 else f.failures + 1 end,
                    last_failure_at = excluded.last_failure_at,
                    locked_until = null
                where (%s) or (f.locked_until is null and f.failures < :max)
                returning failures""".formatted(FRESH, FRESH))
                .param("subject", subject).param("now", now).param("max", MAX_FAILURES)
                .param("forgotten", now.minus(MEMORY)).param("abandoned", now.minus(LOCK))
                .query(Integer.class).optional().orElse(null));
        if (number == null) {
            throw locked(now, lockedUntil(subject).orElse(now.plus(LOCK)));
        }
        return new Attempt(subject, number);
    }

    /** The attempt failed: refuses with the tries left, or locks when it was the fifth. */
    BusinessException failed(Attempt attempt, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (attempt.number() >= MAX_FAILURES) {
            OffsetDateTime until = now.plus(LOCK);
            alone.executeWithoutResult(s -> jdbc.sql("""
                    update identity_login_failure set locked_until = ? where subject_key = ? and locked_until is null""")
                    .params(until, attempt.subject()).update());
            return locked(now, lockedUntil(attempt.subject()).orElse(until));
        }
        return new BusinessException(Problem.UNAUTHORIZED, List.of(
                new BusinessException.FieldError(field, "LOGIN_FAILED", MAX_FAILURES - attempt.number())));
    }

    /** The attempt succeeded: gives back the attempts taken up to it; attempts taken after it and a lock stay. */
    void succeeded(Attempt attempt) {
        alone.executeWithoutResult(s -> jdbc.sql("""
                update identity_login_failure set failures = greatest(failures - ?, 0)
                where subject_key = ? and locked_until is null""")
                .params(attempt.number(), attempt.subject()).update());
    }

    /** Forgets every attempt and lock of the subject: only for a proven owner (a password reset by SMS code). */
    void clear(String subject) {
        jdbc.sql("delete from identity_login_failure where subject_key = ?").param(subject).update();
    }

    private java.util.Optional<OffsetDateTime> lockedUntil(String subject) {
        return jdbc.sql("select locked_until from identity_login_failure where subject_key = ?").param(subject)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static BusinessException locked(OffsetDateTime now, OffsetDateTime until) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return new BusinessException(Problem.LOCKED, "LOGIN_LOCKED", MAX_FAILURES, minutes);
    }
}
