package org.yibao.voucher.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessTime;
import org.yibao.identity.EvoucherPasswordCheck;

/**
 * The e-voucher payment password: five wrong tries lock it until the next day (Beijing time). A try is taken by
 * one conditional update before the password is compared; each statement commits on its own, and nothing is held
 * while hashing. A success gives back the tries taken up to its own and never lifts a lock.
 */
@Component
class EvoucherPasswords implements EvoucherPasswordCheck {

    static final int MAX_WRONG = 5;
    /** Tries taken but never judged (a node stopped in between) stop blocking after this long. */
    static final Duration ABANDONED = Duration.ofMinutes(15);

    /** When the count starts again: the lock has run out, or five tries were taken long ago and never judged. */
    private static final String FRESH = "locked_until <= :now or (locked_until is null and failed_attempts >= :max"
            + " and (last_attempt_at is null or last_attempt_at < :abandoned))";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final TransactionTemplate alone;
    private final String dummyHash;

    EvoucherPasswords(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.alone = new TransactionTemplate(tx);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.dummyHash = encoder.encode("000000");
    }

    @Override
    public Outcome verify(long personId, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Try> taken = alone.execute(s -> jdbc.sql("""
                update voucher_evoucher set
                    failed_attempts = case when %s then 1 else failed_attempts + 1 end,
                    locked_until = null, last_attempt_at = :now
                where person_id = :person and status = 'ACTIVE'
                  and ((%s) or (locked_until is null and failed_attempts < :max))
                returning failed_attempts, password_hash""".formatted(FRESH, FRESH))
                .param("person", personId).param("now", now).param("max", MAX_WRONG)
                .param("abandoned", now.minus(ABANDONED)).query(Try.class).optional());
        if (taken == null || taken.isEmpty()) {
            return refusedUntried(personId, password);
        }
        Try t = taken.get();
        if (encoder.matches(password, t.passwordHash())) {
            alone.executeWithoutResult(s -> jdbc.sql("""
                    update voucher_evoucher set failed_attempts = greatest(failed_attempts - ?, 0)
                    where person_id = ? and locked_until is null""").params(t.failedAttempts(), personId).update());
            return Outcome.VERIFIED;
        }
        if (t.failedAttempts() < MAX_WRONG) {
            return Outcome.WRONG;
        }
        OffsetDateTime tomorrow = BusinessTime.today(clock).plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        alone.executeWithoutResult(s -> jdbc.sql("""
                update voucher_evoucher set failed_attempts = 0, locked_until = ?
                where person_id = ? and locked_until is null""").params(tomorrow, personId).update());
        return Outcome.LOCKED;
    }

    @Override
    public Outcome compare(long personId, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Row> row = row(personId);
        if (row.isEmpty() || !"ACTIVE".equals(row.get().status())) {
            encoder.matches(password, dummyHash);
            return Outcome.NOT_ACTIVATED;
        }
        if (row.get().lockedUntil() != null && row.get().lockedUntil().isAfter(now)) {
            return Outcome.LOCKED;
        }
        return encoder.matches(password, row.get().passwordHash()) ? Outcome.VERIFIED : Outcome.WRONG;
    }

    /** No try was taken: not activated (after a dummy hash, to answer in the same time), or locked. */
    private Outcome refusedUntried(long personId, String password) {
        Optional<Row> row = row(personId);
        if (row.isEmpty() || !"ACTIVE".equals(row.get().status())) {
            encoder.matches(password, dummyHash);
            return Outcome.NOT_ACTIVATED;
        }
        return Outcome.LOCKED;
    }

    private Optional<Row> row(long personId) {
        return jdbc.sql("select status, password_hash, locked_until from voucher_evoucher where person_id = ?")
                .param(personId).query(Row.class).optional();
    }

    private record Try(int failedAttempts, String passwordHash) {
    }

    private record Row(String status, String passwordHash, @Nullable OffsetDateTime lockedUntil) {
    }
}
