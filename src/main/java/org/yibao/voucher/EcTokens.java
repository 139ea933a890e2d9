package org.yibao.voucher;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
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
            "select person_id from voucher_ec_token where token = ? and institution_code = ? and expires_at > ?";

    private final QrCodes codes;
    private final RoundTrips roundTrips;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final VoucherProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

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
     * EC_VOUCHER_INACTIVE; a refused code changes nothing. The code is marked used and the e-voucher's state read in
     * one round trip (a refusal rolls the mark back); the token and the audit record travel with the caller's next
     * round trip or the commit.
     */
    @Transactional
    public Decoded decode(String qrCode, String institutionCode) {
        QrCodec.Payload code = codes.read(qrCode).orElseThrow(() -> refuse("EC_QR_FORGED"));
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<@Nullable Object> marked = roundTrips.run(List.of(RoundTrips.Sql.update("""
                insert into voucher_qr_used (nonce, person_id, institution_code, used_at) values (?, ?, ?, ?)
                on conflict (nonce) do nothing""", code.nonce(), code.personId(), institutionCode, at),
                EVouchers.activeSql(code.personId())));
        if (Integer.valueOf(0).equals(marked.get(0))) {
            throw refuse("EC_QR_USED");
        }
        Instant issued = Instant.ofEpochSecond(code.issuedAtSecond());
        if (now.isAfter(issued.plus(properties.qrTtl())) || issued.isAfter(now.plusSeconds(30))) {
            throw refuse("EC_QR_EXPIRED");
        }
        if (!Boolean.TRUE.equals(marked.get(1))) {
            throw refuse("EC_VOUCHER_INACTIVE");
        }
        String token = newToken();
        Instant expires = now.plus(properties.ecTokenTtl());
        roundTrips.defer("""
                insert into voucher_ec_token (token, person_id, institution_code, qr_nonce, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""", token, code.personId(), institutionCode, code.nonce(), at,
                expires.atOffset(ZoneOffset.UTC));
        audit.record("institution:" + institutionCode, "person:" + code.personId(), "EC_QUERY",
                AuditTrail.Channel.INSTITUTION, "channel " + EVoucherChannel.ofCode(code.channel()).map(Enum::name).orElse("?"));
        return new Decoded(token, code.personId(), expires);
    }

    /** The person an ecToken stands for, when the institution presenting it received it and it is still valid. */
    public Optional<Long> resolve(String ecToken, String institutionCode) {
        return jdbc.sql(RESOLVE).params(ecToken, institutionCode, OffsetDateTime.now(clock)).query(Long.class).optional();
    }

    /** {@link #resolve}'s statement, to be sent with others; it reads the person's id or null. */
    public RoundTrips.Sql resolveSql(String ecToken, String institutionCode) {
        return RoundTrips.Sql.query(RESOLVE, rs -> rs.next() ? rs.getLong(1) : null, ecToken, institutionCode,
                OffsetDateTime.now(clock));
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
