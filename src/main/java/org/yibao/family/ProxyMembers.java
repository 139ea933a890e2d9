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
import org.yibao.voucher.FaceVerifications;

/**
 * 亲情代办 (seed 003): binding 亲情成员, relatives or not. With an ID card the member's face verification binds;
 * a member under 16 without an ID card binds by the proxy's personal commitment and 户口簿 / 出生医学证明, once the
 * guardianship check confirmed the proxy or the agency approved (待审核 until then); 16 and over must take the ID
 * route. Independent of 亲情账户 and 家庭共济: binding here never creates either.
 */
@Service
public class ProxyMembers {

    static final String FACE_PURPOSE = "FAMILY_PROXY";
    /** Filings of one account waiting for review at a time. */
    static final int MAX_WAITING = 5;
    private static final String COLUMNS = """
            m.id, m.proxy_account, coalesce(m.member_person, 0) as member_person, coalesce(p.name, m.member_name) as name,
            coalesce(p.id_number, m.member_id_number) as id_number, m.relationship, m.route, m.status, m.bound_at
            from family_proxy_member m left join insured_person p on p.id = m.member_person""";

    private final JdbcClient jdbc;
    private final MemberLookup lookup;
    private final FaceVerifications faces;
    private final BindingMaterials files;
    private final Guardianships guardianships;
    private final AuditTrail audit;
    private final Clock clock;

    ProxyMembers(JdbcClient jdbc, MemberLookup lookup, FaceVerifications faces, BindingMaterials files,
                 Guardianships guardianships, AuditTrail audit, Clock clock) {
        this.files = files;
        this.guardianships = guardianships;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.faces = faces;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The new binding; when {@code faceRequired} it binds only after {@link #completeFace}, when {@code review} only
     * after the agency's review.
     */
    public record Added(long memberId, boolean faceRequired, boolean review) {
    }

    /** Binds by {@code routeText}; the 未办理身份证 route needs the commitment and the 户口簿 or 出生医学证明. */
    @Transactional
    public Added bind(long accountId, MemberForm form, String routeText, boolean commitmentAccepted,
                      List<FamilyAccounts.Material> materials, AuditTrail.Channel channel) {
        InsuredPerson proxy = lookup.owner(accountId);
        InputErrors errors = new InputErrors();
        MemberLookup.Typed typed = lookup.typed(errors, form);
        ProxyRoute route = ProxyRoute.parse(routeText).orElse(null);
        List<Upload> household = List.of();
        if (route == null) {
            errors.reject("route", "PROXY_ROUTE_REQUIRED");
        } else if (route == ProxyRoute.NO_ID_CARD) {
            if (typed != null && lookup.needsFace(typed.idNumber())) {
                errors.reject("idNumber", "PROXY_ADULT_NEEDS_ID_CARD");
            }
            if (!commitmentAccepted) {
                errors.reject("commitmentAccepted", "PROXY_COMMITMENT_REQUIRED");
            }
            household = files.uploads(errors, "householdRegister", "HOUSEHOLD_REGISTER", materials);
        }
        errors.throwIfAny();
        if (route == ProxyRoute.NO_ID_CARD) {
            return bindChild(accountId, proxy, typed, household, channel);
        }
        InsuredPerson member = lookup.member(typed, "FAMILY_PERSON_UNKNOWN", proxy.id());
        if (count(accountId, member.id(), "ACTIVE") > 0) {
            throw new BusinessException(Problem.CONFLICT, "PROXY_DUPLICATE");
        }
        jdbc.sql("update family_proxy_member set status = 'ENDED', ended_at = ? where proxy_account = ? "
                        + "and member_person = ? and status = 'PENDING'")
                .params(now(), accountId, member.id()).update();
        long id = insert(accountId, member.id(), typed, route, null, "PENDING", false);
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(member.id()), "PROXY_FACE_PENDING", channel,
                route.name());
        return new Added(id, true, false);
    }

    /**
     * A child under 16 without an ID card: bound at once only when the guardianship check confirms the proxy, else
     * filed for the agency's review, with the same answer whether or not the number is insured or the name matches.
     */
    private Added bindChild(long accountId, InsuredPerson proxy, MemberLookup.Typed typed, List<Upload> household,
                            AuditTrail.Channel channel) {
        if (typed.idNumber().equals(proxy.idNumber())) {
            throw BusinessException.invalid("idNumber", "FAMILY_SELF");
        }
        jdbc.sql("select pg_advisory_xact_lock(42, ?)").param((int) accountId).query((rs, n) -> 1).list();
        requireRoom(accountId);
        Guardianships.Child child = guardianships.resolve(typed);
        guardianships.requireNew(BindingKind.PROXY, accountId, child, "PROXY_DUPLICATE");
        Long personId = child.person() == null ? null : child.person().id();
        if (personId != null) {
            guardianships.requireGuardianRoom(personId, accountId);
        }
        boolean confirmed = guardianships.confirmed(proxy.id(), child);
        long id = insert(accountId, personId, typed, ProxyRoute.NO_ID_CARD, child.regionCode(),
                confirmed ? "ACTIVE" : "REVIEW", true);
        files.store(BindingKind.PROXY, id, "HOUSEHOLD_REGISTER", household);
        audit.record(FamilyAccounts.actor(accountId), personId == null ? "id:" + typed.idNumber().masked()
                : FamilyAccounts.person(personId), confirmed ? "PROXY_BOUND" : "PROXY_REVIEW", channel, "NO_ID_CARD");
        if (personId != null) {
            guardianships.tellExistingBinders(personId, accountId, child.maskedName());
        }
        return new Added(id, false, !confirmed);
    }

    /** Bounds what waits for review: at most {@value #MAX_WAITING} filings of one account at a time. */
    private void requireRoom(long accountId) {
        if (jdbc.sql("select count(*) from family_proxy_member where proxy_account = ? and status = 'REVIEW'")
                .param(accountId).query(Long.class).single() >= MAX_WAITING) {
            throw new BusinessException(Problem.CONFLICT, "PROXY_REVIEW_LIMIT", MAX_WAITING);
        }
    }

    private long insert(long accountId, @Nullable Long personId, MemberLookup.Typed typed, ProxyRoute route,
                        @Nullable String region, String status, boolean commitmentAccepted) {
        return jdbc.sql("""
                insert into family_proxy_member (proxy_account, member_person, member_name, member_id_number, region_code,
                                                 relationship, route, status, commitment_accepted, created_at, bound_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(accountId, personId, typed.name(), typed.idNumber().value(), region, typed.relationship().name(),
                        route.name(), status, commitmentAccepted, now(), "ACTIVE".equals(status) ? now() : null)
                .query(Long.class).single();
    }

    /** Where the member's face verification starts; it comes back to {@code returnPath} with {@code ?face=}. */
    public String startFace(long accountId, long memberId, String returnPath) {
        return faces.start(pending(accountId, memberId).personId(), FACE_PURPOSE, returnPath);
    }

    @Transactional
    public void completeFace(long accountId, long memberId, String faceId, AuditTrail.Channel channel) {
        ProxyMember m = pending(accountId, memberId);
        if (faceId == null || !faces.consume(faceId, m.personId(), FACE_PURPOSE)) {
            throw BusinessException.invalid("face", "FAMILY_FACE_FAILED");
        }
        jdbc.sql("update family_proxy_member set status = 'ACTIVE', bound_at = ? where id = ? and status = 'PENDING'")
                .params(now(), memberId).update();
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(m.personId()), "PROXY_BOUND", channel,
                "face verified");
    }

    /** 我的亲情成员, oldest binding first. */
    public List<ProxyMember> members(long accountId) {
        return jdbc.sql("select " + COLUMNS + " where m.proxy_account = ? and m.status = 'ACTIVE' order by m.bound_at, m.id")
                .param(accountId).query(ProxyMembers::row).list();
    }

    /** The children the account filed by the 未办理身份证 route that wait for the agency's review, oldest first. */
    public List<ProxyMember> waiting(long accountId) {
        return jdbc.sql("select " + COLUMNS + " where m.proxy_account = ? and m.status = 'REVIEW' order by m.id")
                .param(accountId).query(ProxyMembers::row).list();
    }

    /** 亲人详情 of a bound member; anyone else's answers NOT_FOUND, as if it did not exist. */
    public ProxyMember member(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.ACTIVE)
                .orElseThrow(ProxyMembers::notFound);
    }

    public ProxyMember pending(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.PENDING)
                .orElseThrow(ProxyMembers::notFound);
    }

    /** A binding the account may end (bound, or waiting for the agency's review); anyone else's answers NOT_FOUND. */
    public ProxyMember endable(long accountId, long memberId) {
        return find(accountId, memberId).filter(x -> x.status() == BindingStatus.ACTIVE || x.status() == BindingStatus.REVIEW)
                .orElseThrow(ProxyMembers::notFound);
    }

    /** 解除绑定. */
    @Transactional
    public void unbind(long accountId, long memberId, AuditTrail.Channel channel) {
        endable(accountId, memberId);
        jdbc.sql("update family_proxy_member set status = 'ENDED', ended_at = ? where id = ? and status in ('ACTIVE', 'REVIEW')")
                .params(now(), memberId).update();
        audit.record(FamilyAccounts.actor(accountId), "member:" + memberId, "PROXY_UNBOUND", channel, null);
    }

    private Optional<ProxyMember> find(long accountId, long memberId) {
        return jdbc.sql("select " + COLUMNS + " where m.id = ? and m.proxy_account = ?")
                .params(memberId, accountId).query(ProxyMembers::row).optional();
    }

    private long count(long accountId, long personId, String status) {
        return jdbc.sql("select count(*) from family_proxy_member where proxy_account = ? and member_person = ? and status = ?")
                .params(accountId, personId, status).query(Long.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static BusinessException notFound() {
        return new BusinessException(Problem.NOT_FOUND, "FAMILY_MEMBER_NOT_FOUND");
    }

    private static ProxyMember row(ResultSet rs, int n) throws SQLException {
        return new ProxyMember(rs.getLong("id"), rs.getLong("proxy_account"), rs.getLong("member_person"),
                rs.getString("name"), new IdNumber(rs.getString("id_number")), Relationship.valueOf(rs.getString("relationship")),
                ProxyRoute.valueOf(rs.getString("route")), BindingStatus.valueOf(rs.getString("status")),
                rs.getObject("bound_at", OffsetDateTime.class));
    }
}
