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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.identity.SmsGateway;
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
    private final TransactionTemplate separately;

    SmsCodes(JdbcClient jdbc, ObjectProvider<SmsGateway> gateways, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.gateways = gateways;
        this.clock = clock;
        this.separately = new TransactionTemplate(tx);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the client needs to show after a send: when it may ask again, how long the code lives. */
    public record Sent(long resendAfterSeconds, long expiresInSeconds) {
    }

    @Transactional
    public Sent send(PhoneNumber phone, SmsPurpose purpose) {
        SmsGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "SMS_NOT_CONFIGURED");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one sender per phone at a time, on every node: the throttle below must see the previous send
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) l").param("sms:" + phone.value()).query(Integer.class).single();
        OffsetDateTime last = jdbc.sql("select max(created_at) from identity_sms_code where phone = ?")
                .param(phone.value()).query(OffsetDateTime.class).optional().orElse(null);
        if (last != null && last.plus(RESEND_AFTER).isAfter(now)) {
            long wait = Duration.between(now, last.plus(RESEND_AFTER)).toSeconds() + 1;
            throw new BusinessException(Problem.TOO_MANY_REQUESTS, "SMS_TOO_FREQUENT", wait);
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
        gateway.send(phone, text(purpose, code));
        return new Sent(RESEND_AFTER.toSeconds(), VALIDITY.toSeconds());
    }

    /**
     * Uses the latest code of the phone for the purpose, in the caller's transaction (so it is given back if the
     * caller fails). A wrong code counts against the code at once, whatever happens to the caller.
     */
    public void consume(PhoneNumber phone, SmsPurpose purpose, String code) {
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
        if (c.attempts() >= MAX_WRONG) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_TOO_MANY_WRONG");
        }
        if (!c.hash().equals(hash(phone, purpose, code))) {
            int used = separately.execute(s -> jdbc.sql(
                    "update identity_sms_code set attempts = attempts + 1 where id = ? returning attempts")
                    .param(c.id()).query(Integer.class).single());
            if (used >= MAX_WRONG) {
                throw BusinessException.invalid("smsCode", "SMS_CODE_TOO_MANY_WRONG");
            }
            throw BusinessException.invalid("smsCode", "SMS_CODE_WRONG", MAX_WRONG - used);
        }
        int taken = jdbc.sql("update identity_sms_code set consumed_at = ? where id = ? and consumed_at is null")
                .params(now, c.id()).update();
        if (taken != 1) {
            throw BusinessException.invalid("smsCode", "SMS_CODE_INVALID");
        }
    }

    private record Latest(long id, String hash, OffsetDateTime expiresAt, int attempts, boolean consumed) {
    }

    private static String hash(PhoneNumber phone, SmsPurpose purpose, String code) {
        return Hashes.sha256(phone.value() + '|' + purpose.name() + '|' + code);
    }

    private static String text(SmsPurpose purpose, String code) {
        String what = purpose == SmsPurpose.REGISTER ? "注册账号" : "重置密码";
        return "【智慧医保】您正在" + what + "，验证码" + code + "，5分钟内有效。工作人员不会向您索要验证码，请勿告诉他人。";
    }
}
