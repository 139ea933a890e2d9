package org.yibao.family;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Masking;
import org.yibao.common.Problem;
import org.yibao.voucher.EVoucherActivation;

/**
 * The agency's review of bindings made without the child's face (亲情账户 under 16, 亲情代办 未办理身份证): the queue
 * per region, one binding with what was typed, what Yibao knows of that number and the 户口簿 / 出生医学证明, and
 * approval (the binding becomes ACTIVE; for 亲情账户 the child's e-voucher is activated) or rejection with a listed
 * reason. The binder is told either way by 站内消息.
 */
@Service
public class GuardianReviews {

    /** The reasons a clerk chooses from when rejecting (message key {@code family.reason.<CODE>}); OTHER needs a text. */
    public static final List<String> REASONS = List.of("MATERIALS_INCOMPLETE", "MATERIALS_UNCLEAR", "NOT_GUARDIAN",
            "IDENTITY_MISMATCH", "OTHER");
    private static final int MAX_TEXT = 300;

    private final JdbcClient jdbc;
    private final BindingMaterials files;
    private final Guardianships guardianships;
    private final FamilyMessages messages;
    private final EVoucherActivation activation;
    private final AuditTrail audit;
    private final Clock clock;

    GuardianReviews(JdbcClient jdbc, BindingMaterials files, Guardianships guardianships, FamilyMessages messages,
                    EVoucherActivation activation, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.guardianships = guardianships;
        this.messages = messages;
        this.activation = activation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One filed binding: the binder's account, the child as typed, and the insured person's name under that
     * number ({@code insuredName} null when the number is not insured; {@code personId} set only when the name matched).
     */
    public record Review(BindingKind kind, long id, long binderAccount, String memberName, String memberIdNumber,
                         Relationship relationship, @Nullable String route, String regionCode, String status,
                         OffsetDateTime createdAt, @Nullable Long personId, @Nullable String insuredName) {
    }

    /** Waiting bindings of the region (all regions when {@code regionCode} is null), oldest first. */
    public List<Review> queue(@Nullable String regionCode) {
        String where = " where m.status = 'REVIEW' and (cast(? as varchar) is null or m.region_code = ?)";
        return jdbc.sql("select * from (" + select(BindingKind.FAMILY_ACCOUNT) + where + " union all "
                        + select(BindingKind.PROXY) + where + ") q order by created_at, id limit 200")
                .params(regionCode, regionCode, regionCode, regionCode).query(GuardianReviews::row).list();
    }

    public Optional<Review> find(BindingKind kind, long id) {
        return jdbc.sql(select(kind) + " where m.id = ?").param(id).query(GuardianReviews::row).optional();
    }

    public List<StoredMaterial> materials(BindingKind kind, long id) {
        return files.list(kind, id);
    }

    public Optional<byte[]> material(BindingKind kind, long id, long materialId) {
        return files.content(kind, id, materialId);
    }

    /** Other accounts bound to the child as guardians now. */
    public long guardians(Review r) {
        return r.personId() == null ? 0 : jdbc.sql("""
                select count(distinct binder) from (
                  select owner_account as binder from family_account_member
                   where member_person = ? and status = 'ACTIVE' and face_verified = false
                  union all
                  select proxy_account from family_proxy_member where member_person = ? and status = 'ACTIVE' and route = 'NO_ID_CARD'
                ) b where binder <> ?""").params(r.personId(), r.personId(), r.binderAccount()).query(Long.class).single();
    }

    /**
     * Binds the child: when the number and name match an insured person and the child has room for a guardian; for
     * 亲情代办 also a child Yibao does not insure yet (a newborn), whom the proxy may then enroll (参保登记代办).
     */
    @Transactional
    public void approve(BindingKind kind, long id, String staffLogin) {
        Review r = waiting(kind, id);
        boolean notYetInsured = kind == BindingKind.PROXY && r.insuredName() == null;
        if (r.personId() == null && !notYetInsured) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_REVIEW_NO_PERSON");
        }
        if (r.personId() != null) {
            guardianships.requireGuardianRoom(r.personId(), r.binderAccount());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update " + kind.table + " set status = 'ACTIVE', bound_at = ?, reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(now, staffLogin, now, id).update();
        if (kind == BindingKind.FAMILY_ACCOUNT) {
            activation.activateThroughFamilyAccount(r.binderAccount(), r.personId());
        }
        messages.tell(r.binderAccount(), FamilyMessages.Kind.GUARDIAN_APPROVED, Masking.name(r.memberName()), null, null);
        audit.record("staff:" + staffLogin, r.personId() == null ? "member:" + id : FamilyAccounts.person(r.personId()),
                "GUARDIAN_APPROVED",
                AuditTrail.Channel.WEB, kind.name() + ":" + id);
    }

    /** Ends the filing with a listed reason (OTHER with a text of at most 300 characters) and tells the binder. */
    @Transactional
    public void reject(BindingKind kind, long id, String staffLogin, String reasonCode, String reasonText) {
        InputErrors errors = new InputErrors();
        String code = reasonCode == null ? "" : reasonCode.strip();
        String text = reasonText == null ? "" : reasonText.strip();
        if (!REASONS.contains(code)) {
            errors.reject("reasonCode", "SERVICE_REASON_REQUIRED");
        } else if ("OTHER".equals(code) && text.isEmpty()) {
            errors.reject("reasonText", "SERVICE_REASON_TEXT_REQUIRED");
        }
        if (text.length() > MAX_TEXT) {
            errors.reject("reasonText", "SERVICE_REASON_TEXT_LONG", MAX_TEXT);
        }
        errors.throwIfAny();
        Review r = waiting(kind, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                update %s set status = 'ENDED', ended_at = ?, reviewed_by = ?, reviewed_at = ?, reject_reason = ?,
                              reject_text = ? where id = ?""".formatted(kind.table))
                .params(now, staffLogin, now, code, text.isEmpty() ? null : text, id).update();
        messages.tell(r.binderAccount(), FamilyMessages.Kind.GUARDIAN_REJECTED, Masking.name(r.memberName()), code,
                text.isEmpty() ? null : text);
        audit.record("staff:" + staffLogin, "member:" + id, "GUARDIAN_REJECTED", AuditTrail.Channel.WEB,
                kind.name() + ":" + code);
    }

    /** The filing, locked, while it still waits; a decided one refuses. */
    private Review waiting(BindingKind kind, long id) {
        jdbc.sql("select id from " + kind.table + " where id = ? for update").param(id).query(Long.class).optional();
        Review r = find(kind, id).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "FAMILY_MEMBER_NOT_FOUND"));
        if (!"REVIEW".equals(r.status())) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_REVIEW_DECIDED");
        }
        return r;
    }

    private static String select(BindingKind kind) {
        return """
                select '%s' as kind, m.id, m.%s as binder, m.member_name, m.member_id_number, m.relationship,
                       %s as route, m.region_code, m.status, m.created_at, m.member_person, i.name as insured_name
                from %s m left join insured_person i on i.id_number = m.member_id_number"""
                .formatted(kind.name(), kind.binderColumn, kind == BindingKind.PROXY ? "m.route" : "cast(null as varchar)",
                        kind.table);
    }

    private static Review row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long person = rs.getLong("member_person");
        return new Review(BindingKind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getLong("binder"),
                rs.getString("member_name"), rs.getString("member_id_number"),
                Relationship.valueOf(rs.getString("relationship")), rs.getString("route"), rs.getString("region_code"),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class), person == 0 ? null : person,
                rs.getString("insured_name"));
    }
}
