package org.yibao.voucher.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;
import org.yibao.identity.EvoucherPasswordCheck;

/**
 * The e-voucher payment password: five wrong tries in a row lock it until the next day (Beijing time).
 * Runs in its own transaction so that a wrong try is counted even when the caller rolls back.
 */
@Component
class EvoucherPasswords implements EvoucherPasswordCheck {

    static final int MAX_WRONG = 5;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String dummyHash;

    EvoucherPasswords(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.dummyHash = encoder.encode("000000");
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome verify(long personId, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Row> row = jdbc.sql("""
                select status, password_hash, failed_attempts, locked_until from voucher_evoucher
                where person_id = ? for update""")
                .param(personId).query(Row.class).optional();
        if (row.isEmpty() || !"ACTIVE".equals(row.get().status())) {
            encoder.matches(password, dummyHash);
            return Outcome.NOT_ACTIVATED;
        }
        Row r = row.get();
        if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
            return Outcome.LOCKED;
        }
        if (encoder.matches(password, r.passwordHash())) {
            jdbc.sql("update voucher_evoucher set failed_attempts = 0, locked_until = null where person_id = ?")
                    .param(personId).update();
            return Outcome.VERIFIED;
        }
        int wrong = (r.lockedUntil() != null ? 0 : r.failedAttempts()) + 1;
        OffsetDateTime lockUntil = wrong >= MAX_WRONG
                ? BusinessTime.today(clock).plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime() : null;
        jdbc.sql("update voucher_evoucher set failed_attempts = ?, locked_until = ? where person_id = ?")
                .params(lockUntil == null ? wrong : 0, lockUntil, personId).update();
        return lockUntil == null ? Outcome.WRONG : Outcome.LOCKED;
    }

    private record Row(String status, String passwordHash, int failedAttempts, OffsetDateTime lockedUntil) {
    }
}
