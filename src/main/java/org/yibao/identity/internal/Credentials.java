package org.yibao.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.identity.AccountRegistered;
import org.yibao.identity.SmsPurpose;

/**
 * Registration, forgotten password and password change: one account and one password for every channel
 * (web hall, app, mini-program). A changed or reset password ends the account's other sessions and tokens.
 */
@Service
public class Credentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SmsCodes smsCodes;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder, SmsCodes smsCodes, Sessions sessions, LoginThrottle throttle,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.smsCodes = smsCodes;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
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

    @Transactional
    public long register(Registration r, AuditTrail.Channel channel) {
        InputErrors errors = new InputErrors();
        PhoneNumber phone = errors.phone("phone", r.phone());
        smsCodeFormat(errors, r.smsCode());
        Passwords.check(errors, "password", r.password(), "confirmPassword", r.confirmPassword());
        if (!Boolean.TRUE.equals(r.agreementAccepted())) {
            errors.reject("agreementAccepted", "AGREEMENT_REQUIRED");
        }
        errors.throwIfAny();
        smsCodes.consume(phone, SmsPurpose.REGISTER, r.smsCode());
        // told only to whoever holds the phone: the code above proved it
        if (accountByPhone(phone).isPresent()) {
            throw new BusinessException(Problem.CONFLICT, "PHONE_REGISTERED");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            id = jdbc.sql("""
                    insert into identity_account (phone, password_hash, created_at, password_changed_at)
                    values (?, ?, ?, ?) returning id""")
                    .params(phone.value(), encoder.encode(r.password()), now, now).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new BusinessException(Problem.CONFLICT, "PHONE_REGISTERED");
        }
        audit.record("account:" + id, null, "REGISTER", channel, "phone " + phone.masked());
        events.publishEvent(new AccountRegistered(id));
        return id;
    }

    @Transactional
    public void resetPassword(PasswordReset r, AuditTrail.Channel channel) {
        InputErrors errors = new InputErrors();
        PhoneNumber phone = errors.phone("phone", r.phone());
        smsCodeFormat(errors, r.smsCode());
        Passwords.check(errors, "newPassword", r.newPassword(), "confirmPassword", r.confirmPassword());
        if (!Boolean.TRUE.equals(r.agreementAccepted())) {
            errors.reject("agreementAccepted", "AGREEMENT_REQUIRED");
        }
        errors.throwIfAny();
        smsCodes.consume(phone, SmsPurpose.RESET_PASSWORD, r.smsCode());
        long id = accountByPhone(phone).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "PHONE_NOT_REGISTERED"));
        setPassword(id, r.newPassword());
        throttle.succeeded("account:" + id);
        sessions.endAll(id, null, null);
        audit.record("account:" + id, null, "RESET_PASSWORD", channel, null);
    }

    @Transactional
    public void changePassword(long accountId, PasswordChange c, AuditTrail.Channel channel,
                               @Nullable String keepSessionId, @Nullable String keepToken) {
        InputErrors errors = new InputErrors();
        if (c.oldPassword() == null || c.oldPassword().isEmpty()) {
            errors.reject("oldPassword", "REQUIRED");
        }
        Passwords.check(errors, "newPassword", c.newPassword(), "confirmPassword", c.confirmPassword());
        errors.throwIfAny();
        String subject = "account:" + accountId;
        throttle.checkNotLocked(subject);
        String hash = jdbc.sql("select password_hash from identity_account where id = ?").param(accountId)
                .query(String.class).single();
        if (!encoder.matches(c.oldPassword(), hash)) {
            BusinessException refusal = throttle.failed(subject, "oldPassword");
            throw "LOGIN_LOCKED".equals(refusal.code()) ? refusal
                    : new BusinessException(Problem.INVALID, java.util.List.of(new BusinessException.FieldError(
                    "oldPassword", "OLD_PASSWORD_WRONG", refusal.errors().get(0).args())));
        }
        if (c.oldPassword().equals(c.newPassword())) {
            throw BusinessException.invalid("newPassword", "PASSWORD_UNCHANGED");
        }
        throttle.succeeded(subject);
        setPassword(accountId, c.newPassword());
        sessions.endAll(accountId, keepSessionId, keepToken);
        audit.record(subject, null, "CHANGE_PASSWORD", channel, null);
    }

    private void setPassword(long accountId, String password) {
        jdbc.sql("update identity_account set password_hash = ?, password_changed_at = ? where id = ?")
                .params(encoder.encode(password), OffsetDateTime.now(clock), accountId).update();
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
