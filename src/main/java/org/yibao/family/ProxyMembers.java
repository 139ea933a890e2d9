package org.yibao.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.insured.InsuredPerson;
import org.yibao.voucher.FaceVerifications;

/**
 * 亲情代办 (seed 003): binding 亲情成员, relatives or not. With an ID card the member's face verification binds;
 * a member under 16 without an ID card binds by the proxy's personal commitment; 16 and over must take the ID
 * route. Independent of 亲情账户 and 家庭共济: binding here never creates either.
 */
@Service
public class ProxyMembers {

    static final String FACE_PURPOSE = "FAMILY_PROXY";
    private static final String COLUMNS = """
            m.id, m.proxy_account, m.member_person, p.name, p.id_number, m.relationship, m.route, m.status, m.bound_at
            from family_proxy_member m join insured_person p on p.id = m.member_person""";

    private final JdbcClient jdbc;
    private final MemberLookup lookup;
    private final FaceVerifications faces;
    private final AuditTrail audit;
    private final Clock clock;

    ProxyMembers(JdbcClient jdbc, MemberLookup lookup, FaceVerifications faces, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.faces = faces;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new binding; when {@code faceRequired} it binds only after {@link #completeFace}. */
    public record Added(long memberId, boolean faceRequired) {
    }

    @Transactional
    public Added bind(long accountId, MemberForm form, String routeText, boolean commitmentAccepted,
                      AuditTrail.Channel channel) {
        InsuredPerson proxy = lookup.owner(accountId);
        InputErrors errors = new InputErrors();
        MemberLookup.Typed typed = lookup.typed(errors, form);
        ProxyRoute route = ProxyRoute.parse(routeText).orElse(null);
        if (route == null) {
            errors.reject("route", "PROXY_ROUTE_REQUIRED");
        } else if (route == ProxyRoute.NO_ID_CARD) {
            if (typed != null && lookup.needsFace(typed.idNumber())) {
                errors.reject("idNumber", "PROXY_ADULT_NEEDS_ID_CARD");
            }
            if (!commitmentAccepted) {
                errors.reject("commitmentAccepted", "PROXY_COMMITMENT_REQUIRED");
            }
        }
        errors.throwIfAny();
        InsuredPerson member = lookup.member(typed, "FAMILY_PERSON_UNKNOWN", proxy.id());
        if (count(accountId, member.id(), "ACTIVE") > 0) {
            throw new BusinessException(Problem.CONFLICT, "PROXY_DUPLICATE");
        }
        jdbc.sql("update family_proxy_member set status = 'ENDED', ended_at = ? where proxy_account = ? "
                        + "and member_person = ? and status = 'PENDING'")
                .params(now(), accountId, member.id()).update();
        boolean face = route == ProxyRoute.ID_CARD;
        long id = jdbc.sql("""
                insert into family_proxy_member (proxy_account, member_person, relationship, route, status,
                                                 commitment_accepted, created_at, bound_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(accountId, member.id(), typed.relationship().name(), route.name(), face ? "PENDING" : "ACTIVE",
                        commitmentAccepted, now(), face ? null : now())
                .query(Long.class).single();
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(member.id()),
                face ? "PROXY_FACE_PENDING" : "PROXY_BOUND", channel, route.name());
        return new Added(id, face);
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

    /** 亲人详情 of a bound member; anyone else's answers NOT_FOUND, as if it did not exist. */
    public ProxyMember member(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.ACTIVE)
                .orElseThrow(ProxyMembers::notFound);
    }

    public ProxyMember pending(long accountId, long memberId) {
        return find(accountId, memberId).filter(m -> m.status() == BindingStatus.PENDING)
                .orElseThrow(ProxyMembers::notFound);
    }

    /** 解除绑定. */
    @Transactional
    public void unbind(long accountId, long memberId, AuditTrail.Channel channel) {
        ProxyMember m = member(accountId, memberId);
        jdbc.sql("update family_proxy_member set status = 'ENDED', ended_at = ? where id = ? and status = 'ACTIVE'")
                .params(now(), memberId).update();
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(m.personId()), "PROXY_UNBOUND", channel, null);
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
