package org.yibao.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.common.Upload;
import org.yibao.service.internal.ServiceMessageWriter;

/**
 * The one workflow every application type goes through: drafts with materials and commitments, submission (with
 * auto-approval where the region's rule allows it), a clerk's claim and decision, the applicant's cancellation
 * and a later revocation. Every transition is checked against the current status under a row lock, written to
 * the history and the audit trail, and told to the citizen as a 站内消息. A refusal changes nothing.
 */
@Service
public class Applications {

    /** At most this many materials per application. */
    public static final int MAX_MATERIALS = 20;

    /** The reason code of the history entry where the first region hands an application to the next. */
    public static final String HANDED_OVER = "HANDED_OVER";

    private final JdbcClient jdbc;
    private final ApplicationQueries queries;
    private final AutoApprovalRules rules;
    private final Map<ApplicationType, ApplicationTypeRules> types;
    private final ServiceMessageWriter messages;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Applications(JdbcClient jdbc, ApplicationQueries queries, AutoApprovalRules rules, List<ApplicationTypeRules> types,
                 ServiceMessageWriter messages, PersonAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rules = rules;
        this.types = types.stream().collect(Collectors.toMap(ApplicationTypeRules::type, Function.identity()));
        this.messages = messages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new application's content; the subject has been resolved by {@link Subjects}. */
    public record Draft(ApplicationType type, String variant, Subjects.Subject subject, String summary,
                        String formJson) {
    }

    /** Creates a draft (草稿) for the applicant. */
    @Transactional
    public long createDraft(long applicantAccount, Draft draft, AuditTrail.Channel channel) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into service_application (type, variant, applicant_account, person_id, person_name,
                    person_id_number, route, region_code, status, summary, form, created_at, updated_at, channel)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(draft.type().name(), draft.variant(), applicantAccount, draft.subject().personId(),
                        draft.subject().name(), draft.subject().idNumber(), draft.subject().route().name(),
                        draft.subject().regionCode(), clip(draft.summary()), draft.formJson(), now, now, channel.name())
                .query(Long.class).single();
        event(id, null, ApplicationStatus.DRAFT, actor(applicantAccount), channel, null, null, now);
        return id;
    }

    /** Replaces the form of the applicant's draft. */
    @Transactional
    public void updateDraft(long applicantAccount, long id, String variant, String summary, String formJson) {
        Application a = lockDraft(applicantAccount, id);
        jdbc.sql("update service_application set variant = ?, summary = ?, form = cast(? as jsonb), updated_at = ? where id = ?")
                .params(variant, clip(summary), formJson, OffsetDateTime.now(clock), a.id()).update();
    }

    /** Adds a checked upload to the applicant's draft. */
    @Transactional
    public long addMaterial(long applicantAccount, long id, String kind, Upload upload) {
        Application a = lockDraft(applicantAccount, id);
        if (queries.materials(a.id()).size() >= MAX_MATERIALS) {
            throw BusinessException.invalid(kind, "SERVICE_MATERIALS_TOO_MANY", MAX_MATERIALS);
        }
        return jdbc.sql("""
                insert into service_application_material (application_id, kind, file_name, content_type, size_bytes,
                    sha256, content, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.id(), kind, upload.fileName(), upload.contentType(), upload.content().length, upload.sha256(),
                        upload.content(), OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    /** Removes one material from the applicant's draft. */
    @Transactional
    public void removeMaterial(long applicantAccount, long id, long materialId) {
        Application a = lockDraft(applicantAccount, id);
        jdbc.sql("delete from service_application_material where id = ? and application_id = ?")
                .params(materialId, a.id()).update();
    }

    /** Records that the person accepted a text (承诺书, 须知, 温馨提示) in the given version. */
    @Transactional
    public void acceptCommitment(long applicantAccount, long id, String kind, String textVersion) {
        Application a = lockDraft(applicantAccount, id);
        jdbc.sql("""
                insert into service_application_commitment (application_id, kind, text_version, accepted_at)
                values (?, ?, ?, ?) on conflict (application_id, kind)
                do update set text_version = excluded.text_version, accepted_at = excluded.accepted_at""")
                .params(a.id(), kind, textVersion, OffsetDateTime.now(clock)).update();
    }

    /** Withdraws an accepted commitment (the person unticked it). */
    @Transactional
    public void withdrawCommitment(long applicantAccount, long id, String kind) {
        Application a = lockDraft(applicantAccount, id);
        jdbc.sql("delete from service_application_commitment where application_id = ? and kind = ?")
                .params(a.id(), kind).update();
    }

    /**
     * 确认信息并提交: the type checks the application; then the region's rule approves it at once (已完成, the
     * rule named as reviewer) or it waits for a clerk (已提交). Answers the new status.
     */
    @Transactional
    public ApplicationStatus submit(long applicantAccount, long id, AuditTrail.Channel channel) {
        Application a = lockDraft(applicantAccount, id);
        ApplicationTypeRules type = rulesOf(a.type());
        type.checkSubmit(a, queries.materials(a.id()), queries.commitmentKinds(a.id()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update service_application set status = 'SUBMITTED', submitted_at = ?, updated_at = ?, channel = ? where id = ?")
                .params(now, now, channel.name(), a.id()).update();
        event(a.id(), ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, actor(applicantAccount), channel, null, null, now);
        audit.record(actor(applicantAccount), subject(a), "SERVICE_SUBMITTED", channel, a.type().name());
        Application submitted = queries.find(a.id()).orElseThrow();
        Optional<AutoApprovalRules.Rule> rule = type.autoApprovable(submitted)
                ? rules.approving(a.regionCode(), a.type(), a.variant()) : Optional.empty();
        if (rule.isPresent()) {
            decide(submitted, ApplicationStatus.APPROVED, rule.get().reviewer(), AuditTrail.Channel.SYSTEM,
                    "AUTO_RULE", null, now);
            return ApplicationStatus.APPROVED;
        }
        messages.tell(a.applicantAccount(), a.id(), ApplicationStatus.SUBMITTED, now);
        return ApplicationStatus.SUBMITTED;
    }

    /** 已取消: the applicant withdraws before a decision (a draft is simply discarded the same way). */
    @Transactional
    public void cancel(long applicantAccount, long id, AuditTrail.Channel channel) {
        Application a = lockOwn(applicantAccount, id);
        if (!a.status().cancellable() || !rulesOf(a.type()).cancellable(a)) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_CANCELLABLE");
        }
        rulesOf(a.type()).closedUnapproved(a);
        transition(a, ApplicationStatus.CANCELLED, actor(applicantAccount), channel, null, null);
    }

    /**
     * 已撤销: the applicant, the person it is for, or their 亲情代办 proxy (where the type allows it) revokes an
     * approved registration; the type may refuse (e.g. within six months).
     */
    @Transactional
    public void revoke(long accountId, long id, AuditTrail.Channel channel) {
        Application a = lock(id).filter(x -> x.applicantAccount() == accountId || rulesOf(x.type()).proxyAction()
                        .map(action -> access.may(accountId, action, x.personId())).orElse(false))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_REVOCABLE");
        }
        rulesOf(a.type()).revoked(a);
        transition(a, ApplicationStatus.REVOKED, actor(accountId), channel, null, null);
    }

    /** A clerk of the region takes a submitted application (受理中). */
    @Transactional
    public void claim(StaffActor staff, long id) {
        Application a = lockForStaff(staff, id);
        if (a.status() == ApplicationStatus.IN_REVIEW && staff.login().equals(a.claimedBy())) {
            return;
        }
        if (a.status() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException(Problem.CONFLICT, a.status() == ApplicationStatus.IN_REVIEW
                    ? "SERVICE_CLAIMED_BY_OTHER" : "SERVICE_NOT_OPEN");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update service_application set status = 'IN_REVIEW', claimed_by = ?, claimed_at = ?, updated_at = ? where id = ?")
                .params(staff.login(), now, now, a.id()).update();
        event(a.id(), a.status(), ApplicationStatus.IN_REVIEW, staff.actor(), AuditTrail.Channel.STAFF, null, null, now);
        audit.record(staff.actor(), subject(a), "SERVICE_CLAIMED", AuditTrail.Channel.STAFF, null);
        messages.tell(a.applicantAccount(), a.id(), ApplicationStatus.IN_REVIEW, now);
    }

    /** 审核通过 by a clerk; an unclaimed application is claimed on the way. */
    @Transactional
    public void approve(StaffActor staff, long id, @Nullable String note) {
        Application a = claimedBy(staff, id);
        decide(a, ApplicationStatus.APPROVED, staff.actor(), AuditTrail.Channel.STAFF, null, blankToNull(note),
                OffsetDateTime.now(clock));
    }

    /** 驳回 by a clerk with a reason from the list and, for OTHER, a free text. */
    @Transactional
    public void reject(StaffActor staff, long id, String reasonCode, @Nullable String reasonText) {
        String text = blankToNull(reasonText);
        if (reasonCode == null || !ReviewReasons.CODES.contains(reasonCode)) {
            throw BusinessException.invalid("reasonCode", "SERVICE_REASON_REQUIRED");
        }
        if ("OTHER".equals(reasonCode) && text == null) {
            throw BusinessException.invalid("reasonText", "SERVICE_REASON_TEXT_REQUIRED");
        }
        if (text != null && text.length() > 300) {
            throw BusinessException.invalid("reasonText", "SERVICE_REASON_TEXT_LONG", 300);
        }
        Application a = claimedBy(staff, id);
        decide(a, ApplicationStatus.REJECTED, staff.actor(), AuditTrail.Channel.STAFF, reasonCode, text,
                OffsetDateTime.now(clock));
    }

    /**
     * A clerk revokes an approved application of their region (e.g. a qualification obtained with false
     * information); the type ends what it granted.
     */
    @Transactional
    public void revokeByStaff(StaffActor staff, long id, String reasonCode, @Nullable String reasonText) {
        Application a = lockForStaff(staff, id);
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_REVOCABLE");
        }
        rulesOf(a.type()).revoked(a);
        transition(a, ApplicationStatus.REVOKED, staff.actor(), AuditTrail.Channel.STAFF, reasonCode,
                blankToNull(reasonText));
    }

    /** A back-office user acting on applications: their login and the region they work in (none: all). */
    public record StaffActor(String login, @Nullable String regionCode) {

        String actor() {
            return "staff:" + login;
        }

        boolean mayWorkIn(String region) {
            return regionCode == null || regionCode.equals(region);
        }
    }

    private Application claimedBy(StaffActor staff, long id) {
        Application a = lockForStaff(staff, id);
        if (a.status() == ApplicationStatus.SUBMITTED) {
            claim(staff, id);
            return queries.find(id).orElseThrow();
        }
        if (a.status() != ApplicationStatus.IN_REVIEW) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_OPEN");
        }
        if (!staff.login().equals(a.claimedBy())) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_CLAIMED_BY_OTHER");
        }
        return a;
    }

    private void decide(Application a, ApplicationStatus to, String actor, AuditTrail.Channel channel,
                        @Nullable String reasonCode, @Nullable String reason, OffsetDateTime now) {
        Optional<String> next = to == ApplicationStatus.APPROVED ? rulesOf(a.type()).handOver(a) : Optional.empty();
        if (next.isPresent()) {
            handOver(a, next.get(), actor, channel, reason, now);
            return;
        }
        if (to == ApplicationStatus.REJECTED) {
            rulesOf(a.type()).closedUnapproved(a);
        }
        jdbc.sql("""
                update service_application set status = ?, decided_by = ?, decided_at = ?, reason_code = ?, reason = ?,
                    updated_at = ? where id = ?""")
                .params(to.name(), actor, now, reasonCode, reason, now, a.id()).update();
        if (to == ApplicationStatus.APPROVED) {
            rulesOf(a.type()).approved(queries.find(a.id()).orElseThrow());
        }
        event(a.id(), a.status(), to, actor, channel, reasonCode, reason, now);
        audit.record(actor, subject(a), "SERVICE_" + to.name(), channel, reasonCode);
        messages.tell(a.applicantAccount(), a.id(), to, now);
    }

    /**
     * The first region approved a two-region application: it waits (已提交) for the next region's review, or is
     * decided there at once by that region's rule.
     */
    private void handOver(Application a, String region, String actor, AuditTrail.Channel channel,
                          @Nullable String note, OffsetDateTime now) {
        jdbc.sql("""
                update service_application set status = 'SUBMITTED', region_code = ?, claimed_by = null,
                    claimed_at = null, updated_at = ? where id = ?""")
                .params(region, now, a.id()).update();
        event(a.id(), a.status(), ApplicationStatus.SUBMITTED, actor, channel, HANDED_OVER, note, now);
        audit.record(actor, subject(a), "SERVICE_HANDED_OVER", channel, region);
        Application handed = queries.find(a.id()).orElseThrow();
        Optional<AutoApprovalRules.Rule> rule = rulesOf(a.type()).autoApprovable(handed)
                ? rules.approving(region, a.type(), a.variant()) : Optional.empty();
        if (rule.isPresent()) {
            decide(handed, ApplicationStatus.APPROVED, rule.get().reviewer(), AuditTrail.Channel.SYSTEM, "AUTO_RULE",
                    null, now);
            return;
        }
        messages.tell(a.applicantAccount(), a.id(), ApplicationStatus.SUBMITTED, now);
    }

    private void transition(Application a, ApplicationStatus to, String actor, AuditTrail.Channel channel,
                            @Nullable String reasonCode, @Nullable String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update service_application set status = ?, reason_code = coalesce(?, reason_code), "
                        + "reason = coalesce(?, reason), updated_at = ? where id = ?")
                .params(to.name(), reasonCode, reason, now, a.id()).update();
        event(a.id(), a.status(), to, actor, channel, reasonCode, reason, now);
        audit.record(actor, subject(a), "SERVICE_" + to.name(), channel, reasonCode);
        if (a.status() != ApplicationStatus.DRAFT) {
            messages.tell(a.applicantAccount(), a.id(), to, now);
        }
    }

    private void event(long id, @Nullable ApplicationStatus from, ApplicationStatus to, String actor,
                       AuditTrail.Channel channel, @Nullable String reasonCode, @Nullable String reason,
                       OffsetDateTime at) {
        jdbc.sql("""
                insert into service_application_event (application_id, from_status, to_status, actor, channel,
                    reason_code, reason, at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), actor, channel.name(), reasonCode, reason, at)
                .update();
    }

    private Application lockDraft(long applicantAccount, long id) {
        Application a = lockOwn(applicantAccount, id);
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_DRAFT");
        }
        return a;
    }

    private Application lockOwn(long applicantAccount, long id) {
        Application a = lock(id).filter(x -> x.applicantAccount() == applicantAccount)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        return a;
    }

    private Application lockForStaff(StaffActor staff, long id) {
        return lock(id).filter(a -> staff.mayWorkIn(a.regionCode()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    private Optional<Application> lock(long id) {
        return jdbc.sql(ApplicationQueries.COLUMNS + " where id = ? for update").param(id)
                .query(ApplicationQueries::application).optional();
    }

    private ApplicationTypeRules rulesOf(ApplicationType type) {
        ApplicationTypeRules r = types.get(type);
        if (r == null) {
            throw new IllegalStateException("no rules for " + type);
        }
        return r;
    }

    private static String actor(long account) {
        return "account:" + account;
    }

    private static String subject(Application a) {
        return "application:" + a.id() + "/person:" + a.personId();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
