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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.internal.FaceProperties;

/**
 * 人脸识别 as a step of any flow: a flow {@link #start starts} a verification for a person and sends the citizen to
 * the face page; once it passed, the citizen comes back to the flow's return path with
 * {@code faceVerification=<id>} and the flow {@link #consume consumes} it, once. Only the account that started a
 * verification may perform it. Used by e-voucher activation and password reset, and by the family module for
 * members over 16.
 */
@Service
public class FaceVerifications {

    private final JdbcClient jdbc;
    private final ObjectProvider<FaceVerifier> verifiers;
    private final CurrentCitizen citizen;
    private final AuditTrail audit;
    private final FaceProperties properties;
    private final Clock clock;
    private final InsuredPersons persons;
    private final SecureRandom random = new SecureRandom();

    FaceVerifications(JdbcClient jdbc, ObjectProvider<FaceVerifier> verifiers, CurrentCitizen citizen,
                      AuditTrail audit, FaceProperties properties, Clock clock, InsuredPersons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.verifiers = verifiers;
        this.citizen = citizen;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** What happened when the person looked into the camera. */
    public enum Outcome { PASSED, FAILED, EXPIRED }

    /**
     * Starts a verification of {@code personId} by the logged-in citizen, valid for five minutes, and answers the
     * path of its face page. {@code returnPath} is a local path ({@code /…}) the citizen returns to after passing.
     */
    @Transactional
    public String start(long personId, String purpose, String returnPath) {
        if (!returnPath.startsWith("/") || returnPath.startsWith("//") || returnPath.contains("\\")) {
            throw new IllegalArgumentException("the return path must be a local path");
        }
        verifier();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into voucher_face_verification (id, person_id, account_id, purpose, return_path, status,
                    created_at, expires_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(id, personId, citizen.accountId(), purpose, returnPath, now, now.plus(properties.ttl())).update();
        return "/face/" + id;
    }

    /** True once for a passed, unexpired verification of that person for that purpose; it cannot be used again. */
    @Transactional
    public boolean consume(String id, long personId, String purpose) {
        return jdbc.sql("""
                update voucher_face_verification set status = 'CONSUMED'
                where id = ? and person_id = ? and purpose = ? and status = 'PASSED' and expires_at > ?""")
                .params(id, personId, purpose, OffsetDateTime.now(clock)).update() == 1;
    }

    /** The verification, when the account started it. */
    public Optional<FaceVerification> find(String id, long accountId) {
        return jdbc.sql("""
                select id, person_id, account_id, purpose, return_path, status, attempts, expires_at
                from voucher_face_verification where id = ? and account_id = ?""")
                .params(id, accountId)
                .query((rs, n) -> new FaceVerification(rs.getString("id"), rs.getLong("person_id"),
                        rs.getLong("account_id"), rs.getString("purpose"), rs.getString("return_path"),
                        rs.getString("status"), rs.getInt("attempts"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * One try in front of the camera with the frames the page took ({@link FaceFrames}: checked here, kept only for
     * the provider's answer); a failed try may be repeated while the verification lasts.
     */
    @Transactional
    public Outcome attempt(String id, long accountId, AuditTrail.Channel via, @Nullable List<String> frames) {
        FaceVerifier verifier = verifier();
        FaceVerification v = find(id, accountId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "FACE_NOT_FOUND"));
        Instant now = clock.instant();
        if (v.passed()) {
            return Outcome.PASSED;
        }
        if (v.expired(now) || !"PENDING".equals(v.status())) {
            return Outcome.EXPIRED;
        }
        FaceFrames taken = FaceFrames.parse(frames);
        InsuredPerson person = persons.find(v.personId())
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "FACE_NOT_FOUND"));
        boolean match = verifier.matches(new FaceVerifier.Subject(person.name(), person.idNumber()), taken);
        jdbc.sql("""
                update voucher_face_verification set attempts = attempts + 1, status = ?, expires_at = ? where id = ?""")
                .params(match ? "PASSED" : "PENDING",
                        (match ? now.plus(properties.ttl()) : v.expiresAt()).atOffset(ZoneOffset.UTC), id)
                .update();
        audit.record("account:" + accountId, "person:" + v.personId(), match ? "FACE_PASSED" : "FACE_FAILED",
                via, v.purpose());
        return match ? Outcome.PASSED : Outcome.FAILED;
    }

    /** The configured face-verification provider; without one no verification starts and none passes. */
    private FaceVerifier verifier() {
        FaceVerifier verifier = verifiers.getIfAvailable();
        if (verifier == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "FACE_NOT_CONFIGURED");
        }
        return verifier;
    }
}
