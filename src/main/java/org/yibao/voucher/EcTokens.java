package org.yibao.voucher;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.InstitutionCode;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.voucher.internal.QrCodec;
import org.yibao.voucher.internal.VoucherProperties;

/**
 * 电子凭证解码: turns a scanned QR code into an {@code ecToken} (40 characters) that identifies the person to that
 * institution only, for a limited time, in 1101 / 2201 / 2207 with {@code mdtrt_cert_type} 01. A code is
 * accepted once. The physical card's state plays no part: a lost card is no reason to refuse the e-voucher.
 */
@Service
public class EcTokens {

    private static final String RESOLVE =
            "select person_id, institution_code, expires_at from voucher_ec_token where token = ?";
    /** Tokens kept in memory: about half an hour's worth at several hundred scans a second. */
    private static final int KEPT = 200_000;

    private final QrCodes codes;
    private final RoundTrips roundTrips;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final VoucherProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    EcTokens(QrCodes codes, RoundTrips roundTrips, JdbcClient jdbc, AuditTrail audit, VoucherProperties properties,
             Clock clock) {
        this.codes = codes;
        this.roundTrips = roundTrips;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A decoded code: the token the institution uses from now on, and whose it is. */
    public record Decoded(String ecToken, long personId, Instant expiresAt) {
    }

    /**
     * Accepts the code for the institution, or refuses with EC_QR_FORGED, EC_QR_USED, EC_QR_EXPIRED or
     * EC_VOUCHER_INACTIVE; a refused code changes nothing. The token is stored under the code's nonce, which marks
     * the code used (a second decode finds the nonce taken), in the round trip that reads the e-voucher's state; a
     * refusal rolls it back. The audit record travels with the caller's next round trip or the commit.
     */
    @Transactional
    public Decoded decode(String qrCode, String institutionCode) {
        QrCodec.Payload code = codes.read(qrCode).orElseThrow(() -> refuse("EC_QR_FORGED"));
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String token = newToken();
        Instant expires = now.plus(properties.ecTokenTtl());
        RoundTrips.Batch batch = new RoundTrips.Batch();
        RoundTrips.Answer<Integer> marked = batch.add(RoundTrips.Sql.update("""
                insert into voucher_ec_token (token, person_id, institution_code, qr_nonce, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (qr_nonce) do nothing""", token, code.personId(), institutionCode, code.nonce(), at,
                expires.atOffset(ZoneOffset.UTC)));
        RoundTrips.Answer<Boolean> active = batch.add(EVouchers.active(code.personId()));
        roundTrips.run(batch);
        if (marked.get() == 0) {
            throw refuse("EC_QR_USED");
        }
        Instant issued = Instant.ofEpochSecond(code.issuedAtSecond());
        if (now.isAfter(issued.plus(properties.qrTtl())) || issued.isAfter(now.plusSeconds(30))) {
            throw refuse("EC_QR_EXPIRED");
        }
        if (!active.get()) {
            throw refuse("EC_VOUCHER_INACTIVE");
        }
        Issued fresh = new Issued(code.personId(), institutionCode, expires);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remember(token, fresh);
            }
        });
        audit.record("institution:" + institutionCode, "person:" + code.personId(), "EC_QUERY",
                AuditTrail.Channel.INSTITUTION, "channel " + EVoucherChannel.ofCode(code.channel()).map(Enum::name).orElse("?"));
        return new Decoded(token, code.personId(), expires);
    }

    /** The person an ecToken stands for, when the institution presenting it received it and it is still valid. */
    public Optional<PersonId> resolve(String ecToken, InstitutionCode institution) {
        String institutionCode = institution.value();
        Optional<Long> cached = cached(ecToken, institutionCode);
        if (cached.isPresent()) {
            return cached.map(PersonId::new);
        }
        return jdbc.sql(RESOLVE).param(ecToken).query(EcTokens::issued).optional()
                .flatMap(token -> valid(ecToken, token, institutionCode)).map(PersonId::new);
    }

    /**
     * The person of a token this node issued or has read, while valid for the institution; empty when the token is
     * not known here (or not valid: {@link #resolve} then asks the database, which says the same).
     */
    private Optional<Long> cached(String ecToken, String institutionCode) {
        Issued known = issued.get(ecToken);
        return known != null && known.validFor(institutionCode, clock.instant()) ? Optional.of(known.personId())
                : Optional.empty();
    }

    private static Issued issued(ResultSet rs, int row) throws SQLException {
        return new Issued(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant());
    }

    /** Remembers the token as read and answers its person while it is valid for the institution. */
    private Optional<Long> valid(String ecToken, Issued token, String institutionCode) {
        remember(ecToken, token);
        return token.validFor(institutionCode, clock.instant()) ? Optional.of(token.personId()) : Optional.empty();
    }

    /** Keeps a token's facts, which never change once issued, until it expires; at most {@link #KEPT} of them. */
    private void remember(String ecToken, Issued token) {
        if (issued.size() >= KEPT) {
            Instant now = clock.instant();
            issued.values().removeIf(t -> !t.expiresAt().isAfter(now));
            if (issued.size() >= KEPT) {
                issued.clear();
            }
        }
        issued.put(ecToken, token);
    }

    /** What an ecToken stands for: the person, the institution it was issued to and until when. */
    private record Issued(long personId, String institutionCode, Instant expiresAt) {
        boolean validFor(String institution, Instant now) {
            return institutionCode.equals(institution) && expiresAt.isAfter(now);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static BusinessException refuse(String code) {
        return new BusinessException(Problem.CONFLICT, code);
    }
}
