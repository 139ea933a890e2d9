package org.yibao.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for app and mini-program clients: 256 random bits, stored as a SHA-256 hash, valid two
 * hours, revocable one by one or all at once (log out everywhere, password change).
 */
@Component
public class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(2);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Issued(String token, long expiresInSeconds) {
    }

    Issued issue(long accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into identity_access_token (token_hash, account_id, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(Hashes.sha256(token), accountId, now, now.plus(LIFETIME)).update();
        return new Issued(token, LIFETIME.toSeconds());
    }

    /** The account of a live token. */
    public Optional<Long> accountOf(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select account_id from identity_access_token
                where token_hash = ? and revoked_at is null and expires_at > ?""")
                .params(Hashes.sha256(token), OffsetDateTime.now(clock)).query(Long.class).optional();
    }

    public void revoke(String token) {
        jdbc.sql("update identity_access_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), Hashes.sha256(token)).update();
    }

    /** Revokes every live token of the account except {@code keep} (may be null). */
    void revokeAll(long accountId, String keep) {
        jdbc.sql("""
                update identity_access_token set revoked_at = ?
                where account_id = ? and revoked_at is null and token_hash <> ?""")
                .params(OffsetDateTime.now(clock), accountId, keep == null ? "" : Hashes.sha256(keep)).update();
    }
}
