package org.yibao.voucher;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.identity.EvoucherPasswordCheck;
import org.yibao.voucher.internal.PaymentPasswordRule;

/**
 * 激活医保电子凭证 and its payment password: activation on a channel after face verification (the first activation
 * sets the password, a further channel keeps it), password change with the old password (five wrong tries lock,
 * as everywhere the password is checked) and password reset after a new face verification.
 */
@Service
public class EVoucherActivation {

    /** Face verifications for activation carry this purpose. */
    public static final String ACTIVATION = "VOUCHER_ACTIVATION";
    /** Face verifications for a password reset carry this purpose. */
    public static final String PASSWORD_RESET = "VOUCHER_PASSWORD_RESET";

    private final JdbcClient jdbc;
    private final EVouchers evouchers;
    private final FaceVerifications faces;
    private final EvoucherPasswordCheck passwords;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    EVoucherActivation(JdbcClient jdbc, EVouchers evouchers, FaceVerifications faces, EvoucherPasswordCheck passwords,
                       PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.evouchers = evouchers;
        this.faces = faces;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The activation form; the passwords are ignored when the e-voucher is already active on another channel. */
    public record Activate(String channel, String faceVerificationId, String password, String confirmPassword) {
    }

    @Transactional
    public void activate(long accountId, long personId, Activate command, AuditTrail.Channel via) {
        EVoucherStatus status = evouchers.status(personId);
        InputErrors errors = new InputErrors();
        EVoucherChannel channel = EVoucherChannel.parse(command.channel()).orElse(null);
        if (channel == null) {
            errors.reject("channel", "VOUCHER_CHANNEL_INVALID");
        } else if (status.channels().contains(channel.name())) {
            errors.reject("channel", "VOUCHER_CHANNEL_ACTIVE");
        }
        if (!status.active()) {
            PaymentPasswordRule.check(errors, "password", command.password(), "confirmPassword", command.confirmPassword());
        }
        errors.throwIfAny();
        consumeFace(command.faceVerificationId(), personId, ACTIVATION);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!status.active()) {
            jdbc.sql("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at) values (?, 'ACTIVE', ?, ?)
                    on conflict (person_id) do update set status = 'ACTIVE', password_hash = excluded.password_hash,
                        failed_attempts = 0, locked_until = null, activated_at = excluded.activated_at""")
                    .params(personId, encoder.encode(command.password()), now).update();
        }
        jdbc.sql("insert into voucher_activation_channel (person_id, channel, activated_at) values (?, ?, ?)")
                .params(personId, channel.name(), now).update();
        audit.record("account:" + accountId, "person:" + personId, "VOUCHER_ACTIVATED", via, channel.name());
    }

    /**
     * Adding someone as a 亲情账户 member activates their e-voucher on the family channel, as the national app does,
     * so that the holder can show the member's code. A member without a payment password of their own gets an
     * unusable one; they set theirs with 重置密码 (face verification). An active e-voucher only gains the channel.
     */
    @Transactional
    public void activateThroughFamilyAccount(long accountId, long personId) {
        EVoucherStatus status = evouchers.status(personId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!status.active()) {
            jdbc.sql("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at) values (?, 'ACTIVE', ?, ?)
                    on conflict (person_id) do update set status = 'ACTIVE', activated_at = excluded.activated_at""")
                    .params(personId, encoder.encode(java.util.UUID.randomUUID().toString()), now).update();
        }
        jdbc.sql("""
                insert into voucher_activation_channel (person_id, channel, activated_at) values (?, ?, ?)
                on conflict do nothing""").params(personId, EVoucherChannel.FAMILY_ACCOUNT.name(), now).update();
        audit.record("account:" + accountId, "person:" + personId, "VOUCHER_ACTIVATED", AuditTrail.Channel.WEB,
                EVoucherChannel.FAMILY_ACCOUNT.name());
    }

    /**
     * 修改密码: the old password first (a wrong one counts towards the lock), then the new one twice. No transaction:
     * the check commits its own tries, and no connection is held while either password is hashed.
     */
    public void changePassword(long accountId, long personId, String oldPassword, String newPassword, String confirm,
                               AuditTrail.Channel via) {
        requireActive(personId);
        InputErrors errors = new InputErrors();
        if (oldPassword == null || oldPassword.isBlank()) {
            errors.reject("oldPassword", "REQUIRED");
        }
        PaymentPasswordRule.check(errors, "newPassword", newPassword, "confirmPassword", confirm);
        if (errors.isEmpty() && newPassword.equals(oldPassword)) {
            errors.reject("newPassword", "VOUCHER_PASSWORD_UNCHANGED");
        }
        errors.throwIfAny();
        switch (passwords.verify(personId, oldPassword)) {
            case WRONG -> throw BusinessException.invalid("oldPassword", "VOUCHER_PASSWORD_WRONG");
            case LOCKED -> throw new BusinessException(Problem.LOCKED, "VOUCHER_PASSWORD_LOCKED");
            case NOT_ACTIVATED -> throw new BusinessException(Problem.CONFLICT, "VOUCHER_NOT_ACTIVE");
            case VERIFIED -> setPassword(personId, newPassword);
        }
        audit.record("account:" + accountId, "person:" + personId, "VOUCHER_PASSWORD_CHANGED", via, null);
    }

    /** 重置密码: a face verification made for the reset replaces the old password and lifts a lock. */
    @Transactional
    public void resetPassword(long accountId, long personId, String faceVerificationId, String newPassword,
                              String confirm, AuditTrail.Channel via) {
        requireActive(personId);
        InputErrors errors = new InputErrors();
        PaymentPasswordRule.check(errors, "newPassword", newPassword, "confirmPassword", confirm);
        errors.throwIfAny();
        consumeFace(faceVerificationId, personId, PASSWORD_RESET);
        setPassword(personId, newPassword);
        audit.record("account:" + accountId, "person:" + personId, "VOUCHER_PASSWORD_RESET", via, null);
    }

    private void consumeFace(String id, long personId, String purpose) {
        if (id == null || id.isBlank() || !faces.consume(id, personId, purpose)) {
            throw new BusinessException(Problem.CONFLICT, "FACE_REQUIRED");
        }
    }

    private void requireActive(long personId) {
        if (!evouchers.status(personId).active()) {
            throw new BusinessException(Problem.CONFLICT, "VOUCHER_NOT_ACTIVE");
        }
    }

    private void setPassword(long personId, String password) {
        jdbc.sql("""
                update voucher_evoucher set password_hash = ?, failed_attempts = 0, locked_until = null
                where person_id = ?""").params(encoder.encode(password), personId).update();
    }
}
