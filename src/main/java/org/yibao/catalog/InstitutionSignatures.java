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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.RoundTrips;

/**
 * Authenticates a 定点医药机构's interface call by its {@code x-tif-*} headers (API.md §1): the signature is the
 * hex SHA-256 of {@code timestamp + token + nonce + timestamp}, in either case (HIS clients send lower case), the
 * timestamp at most 300 s from server
 * time, and a nonce is accepted once within that window. Every institution interface (e-voucher decoding, the
 * settlement API) asks this one check, so that they cannot drift apart.
 *
 * <p>Active tokens are kept in memory for {@link #TOKEN_TTL}, so a checked signature costs no database round trip;
 * a revoked credential stops working on every node within that time. Spent nonces live in the database, shared by
 * all nodes; those older than two windows are deleted now and then rather than on every call.
 */
@Service
public class InstitutionSignatures {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    /** The headers that carry the signature, in the order API.md §1 lists them. */
    public static final List<String> HEADERS = List.of("x-tif-paasid", "x-tif-timestamp",
            "x-tif-nonce", "x-tif-signature");
    /** How far a call's timestamp may be from server time. */
    public static final Duration WINDOW = Duration.ofSeconds(300);
    /** How long a looked-up token is trusted before it is read again. */
    static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    private static final Duration CLEANUP_EVERY = Duration.ofSeconds(60);

    /** A nonce spent: by whom, when it was signed, and when it was seen. */
    /** The code of the refusal {@link #spendWithAnswer} ends its transaction with when the nonce was spent before. */
    public static final String NONCE_SPENT = "TIF_NONCE_SPENT";

    private static final String SPEND =
            "insert into catalog_tif_nonce (paasid, sent_at, nonce, seen_at) values (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final AtomicLong lastCleanup = new AtomicLong();

    InstitutionSignatures(JdbcClient jdbc, RoundTrips roundTrips, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record CachedToken(String token, Instant readAt) {
    }

    /**
     * True when the headers are well formed, recent and signed with the institution's active token; the nonce is
     * not spent yet: the caller must {@link #spend} it in the transaction that does the call's work.
     */
    public boolean authentic(@Nullable String paasid, @Nullable String timestamp, @Nullable String nonce,
                             @Nullable String signature) {
        if (paasid == null || timestamp == null || nonce == null || signature == null
                || !DIGITS.matcher(timestamp).matches() || nonce.isBlank() || nonce.length() > 64) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, clock.instant()).abs().compareTo(WINDOW) > 0) {
            return false;
        }
        Optional<String> token = tokenOf(paasid);
        return token.isPresent() && MessageDigest.isEqual(
                sign(timestamp, token.get(), nonce).getBytes(StandardCharsets.US_ASCII),
                signature.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The institution and nonce of a call whose headers (as {@code header} reads them) are {@link #authentic}. */
    public Optional<Signed> authentic(Function<String, @Nullable String> header) {
        String paasid = header.apply("x-tif-paasid");
        String timestamp = header.apply("x-tif-timestamp");
        String nonce = header.apply("x-tif-nonce");
        return paasid != null && timestamp != null && nonce != null
                && authentic(paasid, timestamp, nonce, header.apply("x-tif-signature"))
                ? Optional.of(new Signed(paasid, Long.parseLong(timestamp), nonce)) : Optional.empty();
    }

    /**
     * Who signed a call, and what it is to spend: its nonce with the time it was signed at. A replay sends both again
     * (they are signed); spent nonces are kept in that order, so a call adds its entry next to the latest ones.
     */
    public record Signed(String paasid, long sentAt, String nonce) {
    }

    /**
     * Records the nonce in the caller's transaction; false when it was already spent. A concurrent call with the same
     * nonce waits until the first one's transaction ends and is refused when that one committed.
     */
    public boolean spend(Signed signed) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("a nonce is spent in the transaction that does the call's work");
        }
        OffsetDateTime at = cleanUp();
        return jdbc.sql(SPEND + " on conflict do nothing")
                .params(signed.paasid(), signed.sentAt(), signed.nonce(), at).update() == 1;
    }

    /**
     * Records the nonce in a transaction of its own, for a call whose work was rolled back: true when it was not spent
     * before (the call is answered), false for a replay (401).
     */
    public boolean spendAlone(Signed signed) {
        return Boolean.TRUE.equals(tx.execute(status -> spend(signed)));
    }

    /**
     * Records the nonce with the caller's transaction's next round trip ({@link RoundTrips#deferInTransaction}), for a
     * caller that stores its answer in that transaction: when the nonce was spent before, that round trip (or the
     * commit) refuses with {@link #NONCE_SPENT} and the transaction rolls back.
     */
    public void spendWithAnswer(Signed signed) {
        OffsetDateTime at = cleanUp();
        roundTrips.deferInTransaction("with spent as (" + SPEND + " on conflict do nothing returning 1)"
                + " select case when exists (select 1 from spent) then true else yibao_refuse('" + NONCE_SPENT + "') end",
                signed.paasid(), signed.sentAt(), signed.nonce(), at);
    }

    /** Now; deletes the nonces of two windows ago at most once a minute. */
    private OffsetDateTime cleanUp() {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        long last = lastCleanup.get();
        if (now.toEpochMilli() - last > CLEANUP_EVERY.toMillis() && lastCleanup.compareAndSet(last, now.toEpochMilli())) {
            jdbc.sql("delete from catalog_tif_nonce where seen_at < ?").param(at.minus(WINDOW.multipliedBy(2))).update();
        }
        return at;
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
        Instant now = clock.instant();
        CachedToken cached = tokens.get(paasid);
        if (cached != null && cached.readAt().plus(TOKEN_TTL).isAfter(now)) {
            return Optional.of(cached.token());
        }
        Optional<String> token = jdbc.sql("select token from catalog_institution_credential where institution_code = ? and active")
                .param(paasid).query(String.class).optional();
        token.ifPresentOrElse(t -> tokens.put(paasid, new CachedToken(t, now)), () -> tokens.remove(paasid));
        return token;
    }
}
