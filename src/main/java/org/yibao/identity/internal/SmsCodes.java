package org.yibao.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.common.Throttled;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;
import org.yibao.identity.SmsPurpose;

/**
 * SMS verification codes: 6 digits, valid 5 minutes, at most 5 wrong tries, one send per phone per 60 s and
 * at most {@value #DAILY_LIMIT} a day. Only a hash is stored; a new code replaces the previous one.
 */
@Service
public class SmsCodes {

    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_WRONG = 5;
    static final int DAILY_LIMIT = 10;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final ObjectProvider<SmsGateway> gateways;
    private final Clock clock;
    private final TransactionTemplate alone;
    private final TransactionTemplate inTransaction;
    private final ClientThrottle clients;
    private final SmsDelivery delivery;

    SmsCodes(JdbcClient jdbc, ObjectProvider<SmsGateway> gateways, Clock clock, PlatformTransactionManager tx,
             ClientThrottle clients, SmsDelivery delivery) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.gateways = gateways;
        this.clients = clients;
        this.inTransaction = new TransactionTemplate(tx);
        this.clock = clock;
        this.alone = new TransactionTemplate(tx);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** What the client needs to show after a send: when it may ask again, how long the code lives. */
    public record Sent(long resendAfterSeconds, long expiresInSeconds) {
    }

    /**
     * Sends a new code: refused with 503 when no SMS provider is configured, then counted against the client address
     * and all clients together (refused with 429 before any phone is looked at), then against the phone.
     */
    public Sent send(PhoneNumber phone, SmsPurpose purpose, String clientAddress) {
        SmsGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "SMS_NOT_CONFIGURED");
        }
        clients.smsCode(clientAddress);
        return inTransaction.execute(s -> sendToPhone(gateway, phone, purpose));
    }

    private Sent sendToPhone(SmsGateway gateway, PhoneNumber phone, SmsPurpose purpose) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one sender per phone at a time, on every node: the throttle below must see the previous send
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) l").param("sms:" + phone.value()).query(Integer.class).single();
        OffsetDateTime last = jdbc.sql("select max(created_at) from identity_sms_code where phone = ?")
                .param(phone.value()).query(OffsetDateTime.class).optional().orElse(null);
        if (last != null && last.plus(RESEND_AFTER).isAfter(now)) {
            long wait = Duration.between(now, last.plus(RESEND_AFTER)).toSeconds() + 1;
            throw new Throttled(wait, "SMS_TOO_FREQUENT", wait);
        }
        ZonedDateTime startOfDay = BusinessTime.today(clock).atStartOfDay(BusinessTime.ZONE);
        long today = jdbc.sql("select count(*) from identity_sms_code where phone = ? and created_at >= ?")
                .params(phone.value(), startOfDay.toOffsetDateTime()).query(Long.class).single();
        if (today >= DAILY_LIMIT) {
            throw new BusinessException(Problem.TOO_MANY_REQUESTS, "SMS_DAILY_LIMIT", DAILY_LIMIT);
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.sql("update identity_sms_code set consumed_at = ? where phone = ? and purpose = ? and consumed_at is null")
                .params(now, phone.value(), purpose.name()).update();
        jdbc.sql("""
                insert into identity_sms_code (phone, purpose, code_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(phone.value(), purpose.name(), hash(phone, purpose, code), now, now.plus(VALIDITY)).update();
        delivery.send(gateway, phone, SmsMessage.verificationCode(purpose, code, VALIDITY.toMinutes()));
        return new Sent(RESEND_AFTER.toSeconds(), VALIDITY.toSeconds());
    }

    /** A code proven right, not yet spent: {@link #spend} uses it in the caller's transaction. */
    public record Verified(long codeId) {
    }

    /**
     * Checks the latest code of the phone for the purpose. A try is taken before the comparison, by one conditional
     * update of its own that refuses once {@value #MAX_WRONG} are taken: however many arrive at once, no more than
     * five are compared per code. Call it outside a transaction; nothing is spent until {@link #spend}.
     */
    public Verified verify(PhoneNumber phone, SmsPurpose purpose, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var latest = jdbc.sql("""
                select id, code_hash, expires_at, attempts, consumed_at from identity_sms_code
                where phone = ? and purpose = ? order by created_at desc, id desc limit 1""")
                .params(phone.value(), purpose.name())
                .query((rs, n) -> new Latest(rs.getLong("id"), rs.getString("code_hash"),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getInt("attempts"),
                        rs.getObject("consumed_at", OffsetDateTime.class) != null))
                .optional();
        if (latest.isEmpty() || latest.get().consumed()) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_INVALID");
        }
        Latest c = latest.get();
        if (!c.expiresAt().isAfter(now)) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_EXPIRED");
        }
        Integer tried = alone.execute(s -> jdbc.sql("""
                update identity_sms_code set attempts = attempts + 1
                where id = ? and attempts < ? and consumed_at is null returning attempts""")
                .params(c.id(), MAX_WRONG).query(Integer.class).optional().orElse(null));
        if (tried == null) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_TOO_MANY_WRONG");
        }
        if (!c.hash().equals(hash(phone, purpose, code))) {
            throw tried >= MAX_WRONG ? BusinessException.invalid("smsCode", "SMS_CODE_TOO_MANY_WRONG")
                    : BusinessException.invalid("smsCode", "SMS_CODE_WRONG", MAX_WRONG - tried);
        }
        return new Verified(c.id());
    }

    /** Uses a verified code in the caller's transaction (given back if the caller fails); refuses a spent one. */
    public void spend(Verified verified) {
        int taken = jdbc.sql("update identity_sms_code set consumed_at = ? where id = ? and consumed_at is null")
                .params(OffsetDateTime.now(clock), verified.codeId()).update();
        if (taken != 1) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_INVALID");
        }
    }

    private record Latest(long id, String hash, OffsetDateTime expiresAt, int attempts, boolean consumed) {
    }

    private static String hash(PhoneNumber phone, SmsPurpose purpose, String code) {
        return Hashes.sha256(phone.value() + '|' + purpose.name() + '|' + code);
    }
}
