package org.yibao.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.HashingGate;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.identity.SmsPurpose;

/**
 * Registration, forgotten password and password change: one account and one password for every channel
 * (web hall, app, mini-program). A changed or reset password ends the account's other sessions and tokens.
 * Passwords are hashed outside any transaction and the SMS code is checked before anything is hashed.
 */
@Service
public class Credentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SmsCodes smsCodes;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final HashingGate gate;
    private final TransactionTemplate transactions;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder, SmsCodes smsCodes, Sessions sessions, LoginThrottle throttle,
                AuditTrail audit, Clock clock, HashingGate gate,
                PlatformTransactionManager tx) {
        this.gate = gate;
        this.transactions = new TransactionTemplate(tx);
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.smsCodes = smsCodes;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registration as typed; a missing agreement tick is a refusal, not an error. */
    public record Registration(String phone, String smsCode, String password, String confirmPassword,
                               @Nullable Boolean agreementAccepted) {
    }

    public record PasswordReset(String phone, String smsCode, String newPassword, String confirmPassword,
                                @Nullable Boolean agreementAccepted) {
    }

    public record PasswordChange(String oldPassword, String newPassword, String confirmPassword) {
    }

    /**
     * Checks the form and the SMS code (outside any transaction), hashes the password (holding no connection),
     * then spends the code and creates the account in one short transaction.
     */
    public long register(Registration r, AuditTrail.Channel channel) {
        InputErrors errors = new InputErrors();
        PhoneNumber phone = errors.phone("phone", r.phone());
        smsCodeFormat(errors, r.smsCode());
        Passwords.check(errors, "password", r.password(), "confirmPassword", r.confirmPassword());
        if (!Boolean.TRUE.equals(r.agreementAccepted())) {
            errors.reject("agreementAccepted", "AGREEMENT_REQUIRED");
        }
        errors.throwIfAny();
        SmsCodes.Verified code = smsCodes.verify(phone, SmsPurpose.REGISTER, r.smsCode());
        // told only to whoever holds the phone: the code above proved it
        if (accountByPhone(phone).isPresent()) {
            throw new BusinessException(Problem.CONFLICT, "PHONE_REGISTERED");
        }
        String hash = encoder.encode(r.password());
        long id = inTransaction(() -> {
            smsCodes.spend(code);
            OffsetDateTime now = OffsetDateTime.now(clock);
            long created = jdbc.sql("""
                    insert into identity_account (phone, password_hash, created_at, password_changed_at)
                    values (?, ?, ?, ?) on conflict (phone) do nothing returning id""")
                    .params(phone.value(), hash, now, now).query(Long.class).optional()
                    .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "PHONE_REGISTERED"));
            audit.record("account:" + created, null, "REGISTER", channel, "phone " + phone.masked());
            return created;
        });
        return id;
    }

    /** As registration: code checked and new password hashed first, then one short transaction. */
    public void resetPassword(PasswordReset r, AuditTrail.Channel channel) {
        InputErrors errors = new InputErrors();
        PhoneNumber phone = errors.phone("phone", r.phone());
        smsCodeFormat(errors, r.smsCode());
        Passwords.check(errors, "newPassword", r.newPassword(), "confirmPassword", r.confirmPassword());
        if (!Boolean.TRUE.equals(r.agreementAccepted())) {
            errors.reject("agreementAccepted", "AGREEMENT_REQUIRED");
        }
        errors.throwIfAny();
        SmsCodes.Verified code = smsCodes.verify(phone, SmsPurpose.RESET_PASSWORD, r.smsCode());
        long id = accountByPhone(phone).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "PHONE_NOT_REGISTERED"));
        String hash = encoder.encode(r.newPassword());
        inTransaction(() -> {
            smsCodes.spend(code);
            setPassword(id, hash);
            // the holder of the phone proved ownership: the lock of the account ends
            throttle.clear("account:" + id);
            sessions.endAll(id, null, null);
            audit.record("account:" + id, null, "RESET_PASSWORD", channel, null);
            return id;
        });
    }

    /**
     * Takes a login attempt, compares the old password and hashes the new one outside any transaction; then writes
     * in one short transaction. Wrong old passwords count towards the account's login lock.
     */
    public void changePassword(long accountId, PasswordChange c, AuditTrail.Channel channel,
                               @Nullable String keepSessionId, @Nullable String keepToken) {
        InputErrors errors = new InputErrors();
        if (c.oldPassword() == null || c.oldPassword().isEmpty()) {
            errors.reject("oldPassword", "REQUIRED");
        } else if (Passwords.tooLong(c.oldPassword())) {
            errors.reject("oldPassword", "TOO_LONG", Passwords.MAX);
        }
        Passwords.check(errors, "newPassword", c.newPassword(), "confirmPassword", c.confirmPassword());
        errors.throwIfAny();
        String subject = "account:" + accountId;
        String stored = jdbc.sql("select password_hash from identity_account where id = ?").param(accountId)
                .query(String.class).single();
        LoginThrottle.Attempt attempt;
        boolean matches;
        try (HashingGate.Permit permit = gate.enter()) {
            attempt = throttle.take(subject);
            matches = encoder.matches(c.oldPassword(), stored);
        }
        if (!matches) {
            BusinessException refusal = throttle.failed(attempt, "oldPassword");
            throw "LOGIN_LOCKED".equals(refusal.code()) ? refusal
                    : new BusinessException(Problem.INVALID, java.util.List.of(new BusinessException.FieldError(
                    "oldPassword", "OLD_PASSWORD_WRONG", refusal.errors().get(0).args())));
        }
        throttle.succeeded(attempt);
        if (c.oldPassword().equals(c.newPassword())) {
            throw BusinessException.invalid("newPassword", "PASSWORD_UNCHANGED");
        }
        String hash = encoder.encode(c.newPassword());
        inTransaction(() -> {
            setPassword(accountId, hash);
            sessions.endAll(accountId, keepSessionId, keepToken);
            audit.record(subject, null, "CHANGE_PASSWORD", channel, null);
            return accountId;
        });
    }

    private long inTransaction(java.util.function.Supplier<Long> work) {
        Long result = transactions.execute(s -> work.get());
        return result == null ? 0 : result;
    }

    private void setPassword(long accountId, String hash) {
        jdbc.sql("update identity_account set password_hash = ?, password_changed_at = ? where id = ?")
                .params(hash, OffsetDateTime.now(clock), accountId).update();
    }

    private Optional<Long> accountByPhone(PhoneNumber phone) {
        return jdbc.sql("select id from identity_account where phone = ?").param(phone.value()).query(Long.class).optional();
    }

    private static void smsCodeFormat(InputErrors errors, String code) {
        if (code == null || code.isBlank()) {
            errors.reject("smsCode", "REQUIRED");
        } else if (!code.matches("\\d{6}")) {
            errors.reject("smsCode", "SMS_CODE_FORMAT");
        }
    }
}
