package org.yibao.family;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.common.Upload;
import org.yibao.insured.InsuredPerson;
import org.yibao.voucher.EVoucherActivation;
import org.yibao.voucher.FaceVerifications;

/**
 * 亲情账户 (seed 004 §03): up to five family members on a citizen's phone, added after reading the 告知书 with the
 * member's personal commitment and household register photos. A member of 16 or more binds only after their own
 * face verification; a younger one only once the guardianship check confirmed the owner or the agency of the child's
 * region approved the household register (待审核 until then). Every refusal changes nothing.
 */
@Service
public class FamilyAccounts {

    public static final int MAX_MEMBERS = 5;
    static final String FACE_PURPOSE = "FAMILY_ACCOUNT";
    private static final String COLUMNS = """
            m.id, m.owner_account, coalesce(m.member_person, 0) as member_person, coalesce(p.name, m.member_name) as name,
            coalesce(p.id_number, m.member_id_number) as id_number, m.relationship, m.status, m.face_verified, m.bound_at
            from family_account_member m left join insured_person p on p.id = m.member_person""";

    private final JdbcClient jdbc;
    private final MemberLookup lookup;
    private final FaceVerifications faces;
    private final EVoucherActivation activation;
    private final MedicalCosts costs;
    private final BindingMaterials files;
    private final Guardianships guardianships;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyAccounts(JdbcClient jdbc, MemberLookup lookup, FaceVerifications faces, EVoucherActivation activation,
                   MedicalCosts costs, BindingMaterials files, Guardianships guardianships, AuditTrail audit, Clock clock) {
        this.costs = costs;
        this.files = files;
        this.guardianships = guardianships;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.faces = faces;
        this.activation = activation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A photo of the personal commitment (COMMITMENT) or of the household register (HOUSEHOLD_REGISTER). */
    public record Material(String kind, String originalName, byte[] content) {
    }

    /**
     * The new member; when {@code faceRequired} it binds only after {@link #completeFace}, when {@code review} only
     * after the agency's review.
     */
    public record Added(long memberId, boolean faceRequired, boolean review) {
    }

    @Transactional
    public Added add(long accountId, MemberForm form, List<Material> materials, AuditTrail.Channel channel) {
        InsuredPerson owner = lookup.owner(accountId);
        InputErrors errors = new InputErrors();
        MemberLookup.Typed typed = lookup.typed(errors, form);
        if (typed != null && !typed.relationship().isFamily()) {
            errors.reject("relationship", "FAMILY_ACCOUNT_RELATIONSHIP");
        }
        List<Upload> commitment = files.uploads(errors, "commitment", "COMMITMENT", materials);
        List<Upload> household = files.uploads(errors, "householdRegister", "HOUSEHOLD_REGISTER", materials);
        errors.throwIfAny();
        if (!lookup.needsFace(typed.idNumber())) {
            return addChild(accountId, owner, typed, commitment, household, channel);
        }
        InsuredPerson member = lookup.member(typed, "FAMILY_PERSON_UNKNOWN", owner.id());
        lock(accountId);
        requireRoom(accountId);
        if (openBinding(accountId, member.id(), "ACTIVE")) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_ACCOUNT_DUPLICATE");
        }
        jdbc.sql("update family_account_member set status = 'ENDED', ended_at = ? where owner_account = ? "
                        + "and member_person = ? and status = 'PENDING'")
                .params(now(), accountId, member.id()).update();
        long id = insert(accountId, member.id(), typed, null, "PENDING");
        files.store(BindingKind.FAMILY_ACCOUNT, id, "COMMITMENT", commitment);
        files.store(BindingKind.FAMILY_ACCOUNT, id, "HOUSEHOLD_REGISTER", household);
        audit.record(actor(accountId), person(member.id()), "FAMILY_ACCOUNT_FACE_PENDING", channel,
                typed.relationship().name());
        return new Added(id, true, false);
    }

    /**
     * A member under 16, who cannot prove presence by face: bound at once only when the guardianship check confirms
     * the owner, else filed for the agency's review. Until review the answer is the same whether or not the number is
     * insured or the name matches.
     */
    private Added addChild(long accountId, InsuredPerson owner, MemberLookup.Typed typed, List<Upload> commitment,
                           List<Upload> household, AuditTrail.Channel channel) {
        if (typed.idNumber().equals(owner.idNumber())) {
            throw BusinessException.invalid("idNumber", "FAMILY_SELF");
        }
        lock(accountId);
        requireRoom(accountId);
        Guardianships.Child child = guardianships.resolve(typed);
        guardianships.requireNew(BindingKind.FAMILY_ACCOUNT, accountId, child, "FAMILY_ACCOUNT_DUPLICATE");
        Long personId = child.person() == null ? null : child.person().id();
        if (personId != null) {
            guardianships.requireGuardianRoom(personId, accountId);
        }
        boolean confirmed = guardianships.confirmed(owner.id(), child);
        long id = insert(accountId, personId, typed, child.regionCode(), confirmed ? "ACTIVE" : "REVIEW");
        files.store(BindingKind.FAMILY_ACCOUNT, id, "COMMITMENT", commitment);
        files.store(BindingKind.FAMILY_ACCOUNT, id, "HOUSEHOLD_REGISTER", household);
        if (confirmed) {
            activation.activateThroughFamilyAccount(accountId, personId);
        }
        audit.record(actor(accountId), personId == null ? "id:" + typed.idNumber().masked() : person(personId),
                confirmed ? "FAMILY_ACCOUNT_ADDED" : "FAMILY_ACCOUNT_REVIEW", channel, typed.relationship().name());
        if (personId != null) {
            guardianships.tellExistingBinders(personId, accountId, child.maskedName());
        }
        return new Added(id, false, !confirmed);
    }

    /** {@code region}: the agency that reviews, none for a binding by face. */
    private long insert(long accountId, @Nullable Long personId, MemberLookup.Typed typed, @Nullable String region,
                        String status) {
        return jdbc.sql("""
                insert into family_account_member (owner_account, member_person, member_name, member_id_number,
                                                   region_code, relationship, status, created_at, bound_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(accountId, personId, typed.name(), typed.idNumber().value(), region,
                        typed.relationship().name(), status, now(), "ACTIVE".equals(status) ? now() : null)
                .query(Long.class).single();
    }

    /** Where the member's face verification starts; it comes back to {@code returnPath} with {@code ?face=}. */
    public String startFace(long accountId, long memberId, String returnPath) {
        FamilyAccountMember m = pending(accountId, memberId);
        return faces.start(m.personId(), FACE_PURPOSE, returnPath);
    }

    /** Binds a pending member whose face verification {@code faceId} passed; room is checked again. */
    @Transactional
    public void completeFace(long accountId, long memberId, String faceId, AuditTrail.Channel channel) {
        FamilyAccountMember m = pending(accountId, memberId);
        lock(accountId);
        if (faceId == null || !faces.consume(faceId, m.personId(), FACE_PURPOSE)) {
            throw BusinessException.invalid("face", "FAMILY_FACE_FAILED");
        }
        requireRoom(accountId);
        jdbc.sql("update family_account_member set status = 'ACTIVE', face_verified = true, bound_at = ? where id = ?")
                .params(now(), memberId).update();
        activation.activateThroughFamilyAccount(accountId, m.personId());
        audit.record(actor(accountId), person(m.personId()), "FAMILY_ACCOUNT_ADDED", channel, "face verified");
    }

    /** The bound members of the account, oldest binding first. */
    public List<FamilyAccountMember> members(long accountId) {
        return jdbc.sql("select " + COLUMNS + " where m.owner_account = ? and m.status = 'ACTIVE' order by m.bound_at, m.id")
                .param(accountId).query(FamilyAccounts::row).list();
    }

    /** The members the account filed that wait for the agency's review, oldest first. */
    public List<FamilyAccountMember> waiting(long accountId) {
        return jdbc.sql("select " + COLUMNS + " where m.owner_account = ? and m.status = 'REVIEW' order by m.id")
                .param(accountId).query(FamilyAccounts::row).list();
    }

    /** One bound member of the account; anyone else's answers NOT_FOUND, as if it did not exist. */
    public FamilyAccountMember member(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.ACTIVE)
                .orElseThrow(FamilyAccounts::notFound);
    }

    public FamilyAccountMember pending(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.PENDING)
                .orElseThrow(FamilyAccounts::notFound);
    }

    /** A member's medical costs of the year, from the settlements of their visits. */
    public List<MemberCost> yearCosts(long personId, int year) {
        return costs.ofYear(personId, year);
    }

    /** A member the account may remove (bound, or waiting for the agency's review); anyone else's answers NOT_FOUND. */
    public FamilyAccountMember removable(long accountId, long memberId) {
        return find(accountId, memberId)
                .filter(x -> x.status() == BindingStatus.ACTIVE || x.status() == BindingStatus.REVIEW)
                .orElseThrow(FamilyAccounts::notFound);
    }

    @Transactional
    public void remove(long accountId, long memberId, AuditTrail.Channel channel) {
        FamilyAccountMember m = removable(accountId, memberId);
        jdbc.sql("update family_account_member set status = 'ENDED', ended_at = ? where id = ? and status in ('ACTIVE', 'REVIEW')")
                .params(now(), memberId).update();
        audit.record(actor(accountId), "member:" + memberId, "FAMILY_ACCOUNT_REMOVED", channel, null);
    }

    public List<StoredMaterial> materials(long accountId, long memberId) {
        member(accountId, memberId);
        return files.list(BindingKind.FAMILY_ACCOUNT, memberId);
    }

    private Optional<FamilyAccountMember> find(long accountId, long memberId) {
        return jdbc.sql("select " + COLUMNS + " where m.id = ? and m.owner_account = ?")
                .params(memberId, accountId).query(FamilyAccounts::row).optional();
    }

    private void requireRoom(long accountId) {
        long active = jdbc.sql("select count(*) from family_account_member where owner_account = ? and status in ('ACTIVE', 'REVIEW')")
                .param(accountId).query(Long.class).single();
        if (active >= MAX_MEMBERS) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_ACCOUNT_LIMIT", MAX_MEMBERS);
        }
    }

    private boolean openBinding(long accountId, long personId, String status) {
        return jdbc.sql("select count(*) from family_account_member where owner_account = ? and member_person = ? and status = ?")
                .params(accountId, personId, status).query(Long.class).single() > 0;
    }

    /** Serializes the additions of one account so that two at once cannot make a sixth member. */
    private void lock(long accountId) {
        jdbc.sql("select pg_advisory_xact_lock(40, ?)").param((int) accountId).query((rs, n) -> 1).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String actor(long accountId) {
        return "account:" + accountId;
    }

    static String person(long personId) {
        return "person:" + personId;
    }

    private static BusinessException notFound() {
        return new BusinessException(Problem.NOT_FOUND, "FAMILY_MEMBER_NOT_FOUND");
    }

    private static FamilyAccountMember row(ResultSet rs, int n) throws SQLException {
        return new FamilyAccountMember(rs.getLong("id"), rs.getLong("owner_account"), rs.getLong("member_person"),
                rs.getString("name"), new IdNumber(rs.getString("id_number")), Relationship.valueOf(rs.getString("relationship")),
                BindingStatus.valueOf(rs.getString("status")), rs.getBoolean("face_verified"),
                rs.getObject("bound_at", OffsetDateTime.class));
    }
}
