package org.yibao.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticates a 定点医药机构's interface call by its {@code x-tif-*} headers (API.md §1): the signature is the
 * upper-case hex SHA-256 of {@code timestamp + token + nonce + timestamp}, the timestamp at most 300 s from server
 * time, and a nonce is accepted once within that window. Every institution interface (e-voucher decoding, the
 * settlement API) asks this one check, so that they cannot drift apart.
 */
@Service
public class InstitutionSignatures {

    /** How far a call's timestamp may be from server time. */
    public static final Duration WINDOW = Duration.ofSeconds(300);

    private final JdbcClient jdbc;
    private final Clock clock;

    InstitutionSignatures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when the headers prove the call comes from the institution {@code paasid} now and for the first time.
     * Runs in its own transaction: a nonce stays spent even when the business call that follows fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean verify(@Nullable String paasid, @Nullable String timestamp, @Nullable String nonce,
                          @Nullable String signature) {
        if (paasid == null || timestamp == null || nonce == null || signature == null
                || !timestamp.matches("\\d{1,12}") || nonce.isBlank() || nonce.length() > 64) {
            return false;
        }
        Instant now = clock.instant();
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, now).abs().compareTo(WINDOW) > 0) {
            return false;
        }
        Optional<String> token = tokenOf(paasid);
        if (token.isEmpty() || !MessageDigest.isEqual(
                sign(timestamp, token.get(), nonce).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        return firstUse(paasid, nonce, now);
    }

    /** The signature an institution holding {@code token} sends (also what test clients compute). */
    public static String sign(String timestamp, String token, String nonce) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((timestamp + token + nonce + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> tokenOf(String paasid) {
        return jdbc.sql("select token from catalog_institution_credential where institution_code = ? and active")
                .param(paasid).query(String.class).optional();
    }

    /** Records the nonce; false when it was already seen. Nonces older than two windows can no longer matter. */
    private boolean firstUse(String paasid, String nonce, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("delete from catalog_tif_nonce where seen_at < ?").param(at.minus(WINDOW.multipliedBy(2))).update();
        return jdbc.sql("insert into catalog_tif_nonce (paasid, nonce, seen_at) values (?, ?, ?) on conflict do nothing")
                .params(paasid, nonce, at).update() == 1;
    }
}
