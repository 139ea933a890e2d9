package org.yibao.insured;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.common.Upload;

/**
 * 城乡居民参保登记: a draft with its materials, submitted for review (or approved at once where the region does not
 * review), approved or rejected by a clerk of the region, cancelled by the applicant before a decision. Approval
 * makes the person insured (城乡居民, 正常) in the region. Every refusal changes nothing.
 */
@Service
public class ResidentEnrollments {

    static final String COLUMNS = """
            id, applicant_account, region_code, id_number, name, phone, category, status, reject_reason, created_at,
            submitted_at, decided_at, decided_by, person_id""";

    private final JdbcClient jdbc;
    private final PoolingRegions regions;
    private final RegionParameters parameters;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentEnrollments(JdbcClient jdbc, PoolingRegions regions, RegionParameters parameters, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.parameters = parameters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the applicant typed; materials come separately. {@code forSelf} (是否代办): false when the applicant
     * enrolls someone else; an approval then never links the applicant's account to that person. Missing means
     * for oneself.
     */
    public record Form(String regionCode, String name, String idNumber, String phone, String category,
                       @Nullable Boolean forSelf) {

        public Form(String regionCode, String name, String idNumber, String phone, String category) {
            this(regionCode, name, idNumber, phone, category, null);
        }

        public boolean self() {
            return !Boolean.FALSE.equals(forSelf);
        }
    }

    /** One uploaded file with the kind of material it is (ID_DOCUMENT or PROOF). */
    public record Material(String kind, String originalName, byte[] content) {
    }

    /**
     * Saves a new draft (or updates the applicant's draft {@code draftId}) with new materials added. Everything is
     * checked before anything is written.
     */
    @Transactional
    public long saveDraft(long applicantAccount, @Nullable Long linkedPersonId, @Nullable Long draftId, Form form,
                          List<Material> materials) {
        InputErrors errors = new InputErrors();
        LocalDate today = BusinessTime.today(clock);
        String region = errors.text("regionCode", form.regionCode(), 6);
        if (!errors.has("regionCode") && (regions.find(region).isEmpty()
                || parameters.residentPremium(region, today.getYear()).isEmpty())) {
            errors.reject("regionCode", "REGION_NOT_OPEN");
        }
        String name = errors.text("name", form.name(), 30);
        if (!errors.has("name") && !name.matches("[\\p{IsHan}·•]{2,30}")) {
            errors.reject("name", "NAME_INVALID");
        }
        IdNumber id = errors.idNumber("idNumber", form.idNumber());
        PhoneNumber phone = errors.phone("phone", form.phone());
        ResidentCategory category = category(errors, form.category());
        if (id != null && category != null && !category.admits(id, today)) {
            errors.reject("category", "CATEGORY_AGE_" + category.name());
        }
        Existing existing = draftId == null ? Existing.NONE : existing(applicantAccount, draftId);
        List<EnrollmentUploads.Stored> uploads = EnrollmentUploads.check(errors, materials, existing.materials(),
                existing.hasIdDocument(), category);
        errors.throwIfAny();

        checkNotInsured(id);
        if (form.self() && linkedPersonId != null && !jdbc.sql("select id_number from insured_person where id = ?").param(linkedPersonId)
                .query(String.class).single().equals(id.value())) {
            throw BusinessException.invalid("idNumber", "ENROLL_SELF_MISMATCH");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long enrollment;
        try {
            enrollment = draftId == null
                    ? jdbc.sql("""
                            insert into insured_enrollment (applicant_account, region_code, id_number, name, phone, category,
                                                            for_self, status, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) returning id""")
                    .params(applicantAccount, region, id.value(), name, phone.value(), category.name(), form.self(), now)
                    .query(Long.class).single()
                    : update(draftId, region, id, name, phone, category, form.self());
        } catch (DuplicateKeyException e) {
            throw BusinessException.invalid("idNumber", "ENROLLMENT_OPEN");
        }
        for (EnrollmentUploads.Stored s : uploads) {
            Upload u = s.upload();
            jdbc.sql("""
                    insert into insured_enrollment_material (enrollment_id, kind, file_name, content_type, size_bytes,
                                                             sha256, content, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(enrollment, s.kind(), u.fileName(), u.contentType(), u.content().length, u.sha256(),
                            u.content(), now).update();
        }
        audit.record("account:" + applicantAccount, "enrollment:" + enrollment, "ENROLLMENT_DRAFT_SAVED",
                AuditTrail.Channel.WEB, uploads.size() + " materials");
        return enrollment;
    }

    /** Whether the enrollment is the applicant's own (是否代办: no). */
    public boolean forSelf(long enrollmentId) {
        return jdbc.sql("select for_self from insured_enrollment where id = ?").param(enrollmentId)
                .query(Boolean.class).optional().orElse(true);
    }

    private long update(long draftId, String region, IdNumber id, String name, PhoneNumber phone, ResidentCategory category,
                        boolean forSelf) {
        jdbc.sql("""
                update insured_enrollment set region_code = ?, id_number = ?, name = ?, phone = ?, category = ?, for_self = ?
                where id = ? and status = 'DRAFT'""")
                .params(region, id.value(), name, phone.value(), category.name(), forSelf, draftId).update();
        return draftId;
    }

    /** Removes one material from the applicant's draft. */
    @Transactional
    public void removeMaterial(long applicantAccount, long enrollmentId, long materialId) {
        existing(applicantAccount, enrollmentId);
        jdbc.sql("delete from insured_enrollment_material where id = ? and enrollment_id = ?")
                .params(materialId, enrollmentId).update();
    }

    /** 确认信息并提交: the draft goes to the agency, or is approved at once where the region does not review. */
    @Transactional
    public EnrollmentStatus submit(long applicantAccount, long enrollmentId, AuditTrail.Channel channel) {
        ResidentEnrollment e = mine(applicantAccount, enrollmentId);
        if (e.status() != EnrollmentStatus.DRAFT) {
            throw new BusinessException(Problem.CONFLICT, "ENROLLMENT_NOT_DRAFT");
        }
        List<EnrollmentMaterial> materials = materials(enrollmentId);
        if (materials.stream().noneMatch(m -> "ID_DOCUMENT".equals(m.kind()))) {
            throw BusinessException.invalid("idDocument", "ENROLLMENT_ID_DOCUMENT_REQUIRED");
        }
        checkNotInsured(new IdNumber(e.idNumber()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update insured_enrollment set status = 'SUBMITTED', submitted_at = ? where id = ? and status = 'DRAFT'")
                .params(now, enrollmentId).update();
        audit.record("account:" + applicantAccount, "enrollment:" + enrollmentId, "ENROLLMENT_SUBMITTED", channel, null);
        boolean review = parameters.residentPremium(e.regionCode(), BusinessTime.today(clock).getYear())
                .map(ResidentPremium::agencyReview).orElse(true);
        if (!review) {
            approve(enrollmentId, "AUTO", false);
            return EnrollmentStatus.APPROVED;
        }
        return EnrollmentStatus.SUBMITTED;
    }

    /** 撤回: the applicant withdraws a draft or a submitted enrollment before the agency decided. */
    @Transactional
    public void cancel(long applicantAccount, long enrollmentId) {
        mine(applicantAccount, enrollmentId);
        int changed = jdbc.sql("""
                update insured_enrollment set status = 'CANCELLED', decided_at = ?
                where id = ? and status in ('DRAFT', 'SUBMITTED')""")
                .params(OffsetDateTime.now(clock), enrollmentId).update();
        if (changed != 1) {
            throw new BusinessException(Problem.CONFLICT, "ENROLLMENT_ALREADY_DECIDED");
        }
        audit.record("account:" + applicantAccount, "enrollment:" + enrollmentId, "ENROLLMENT_CANCELLED",
                AuditTrail.Channel.WEB, null);
    }

    /** A clerk of the region approves: the person becomes insured as a resident in the region. */
    @Transactional
    public void approveByClerk(String clerk, long enrollmentId) {
        approve(enrollmentId, clerk, true);
    }

    /** A clerk of the region rejects with a reason the applicant reads. */
    @Transactional
    public void reject(String clerk, long enrollmentId, String reason) {
        InputErrors errors = new InputErrors();
        String why = errors.text("reason", reason, 200);
        errors.throwIfAny();
        int changed = jdbc.sql("""
                update insured_enrollment set status = 'REJECTED', reject_reason = ?, decided_at = ?, decided_by = ?
                where id = ? and status = 'SUBMITTED'""")
                .params(why, OffsetDateTime.now(clock), clerk, enrollmentId).update();
        if (changed != 1) {
            throw new BusinessException(Problem.CONFLICT, "ENROLLMENT_ALREADY_DECIDED");
        }
        audit.record("staff:" + clerk, "enrollment:" + enrollmentId, "ENROLLMENT_REJECTED", AuditTrail.Channel.STAFF, why);
    }

    private void approve(long enrollmentId, String decidedBy, boolean byAgency) {
        ResidentEnrollment e = find(enrollmentId).orElseThrow();
        if (e.status() != EnrollmentStatus.SUBMITTED) {
            throw new BusinessException(Problem.CONFLICT, "ENROLLMENT_ALREADY_DECIDED");
        }
        IdNumber id = new IdNumber(e.idNumber());
        checkNotInsured(id);
        LocalDate today = BusinessTime.today(clock);
        jdbc.sql("""
                insert into insured_person (id_number, name, gender, birth_date, phone) values (?, ?, ?, ?, ?)
                on conflict (id_number) do update set phone = excluded.phone""")
                .params(id.value(), e.name(), id.gender().code(), id.birthDate(), e.phone()).update();
        long personId = jdbc.sql("select id from insured_person where id_number = ?").param(id.value())
                .query(Long.class).single();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                values (?, ?, '390', ?, '1', ?)
                on conflict (person_id, region_code, insutype)
                do update set status = '1', psn_type = excluded.psn_type, begin_date = excluded.begin_date, paused_date = null""")
                .params(personId, e.regionCode(), e.category().personType().code(), today).update();
        jdbc.sql("""
                update insured_enrollment set status = 'APPROVED', decided_at = ?, decided_by = ?, person_id = ?
                where id = ? and status = 'SUBMITTED'""")
                .params(OffsetDateTime.now(clock), decidedBy, personId, enrollmentId).update();
        audit.record(byAgency ? "staff:" + decidedBy : "system", "person:" + personId, "ENROLLMENT_APPROVED",
                byAgency ? AuditTrail.Channel.STAFF : AuditTrail.Channel.SYSTEM, "enrollment " + enrollmentId);
        events.publishEvent(new EnrollmentApproved(enrollmentId, personId, e.applicantAccount(), forSelf(enrollmentId),
                byAgency));
    }

    /** Refuses when the person already has a normal insurance relationship anywhere (no double insurance). */
    private void checkNotInsured(IdNumber id) {
        jdbc.sql("""
                select r.name from insured_period p join insured_person x on x.id = p.person_id
                join catalog_pooling_region r on r.code = p.region_code
                where x.id_number = ? and p.status = '1' limit 1""")
                .param(id.value()).query(String.class).optional()
                .ifPresent(region -> {
                    throw new BusinessException(Problem.CONFLICT, List.of(
                            new BusinessException.FieldError("idNumber", "ALREADY_INSURED", region)));
                });
    }

    public Optional<ResidentEnrollment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from insured_enrollment where id = ?").param(id)
                .query(ResidentEnrollments::row).optional();
    }

    /** The applicant's own enrollment; another person's answers NOT_FOUND, as if it did not exist. */
    public ResidentEnrollment mine(long applicantAccount, long id) {
        return find(id).filter(e -> e.applicantAccount() == applicantAccount && e.status() != null)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ENROLLMENT_NOT_FOUND"));
    }

    public List<ResidentEnrollment> ofApplicant(long applicantAccount) {
        return jdbc.sql("select " + COLUMNS + " from insured_enrollment where applicant_account = ? order by created_at desc")
                .param(applicantAccount).query(ResidentEnrollments::row).list();
    }

    /** How many enrollments one page of the review queue shows. */
    public static final int QUEUE_PAGE_SIZE = 50;

    /**
     * One page of the review queue: a region's enrollments (all regions when null) in a status, oldest first, with
     * how many there are in all. A page beyond the last answers the last page.
     */
    public QueuePage queue(@Nullable String regionCode, EnrollmentStatus status, int page) {
        int total = jdbc.sql("""
                select count(*) from insured_enrollment where (cast(? as varchar) is null or region_code = ?) and status = ?""")
                .params(regionCode, regionCode, status.name()).query(Integer.class).single();
        int pages = Math.max(1, (total + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<ResidentEnrollment> rows = jdbc.sql("select " + COLUMNS + """
                 from insured_enrollment where (cast(? as varchar) is null or region_code = ?) and status = ?
                order by coalesce(submitted_at, created_at), id limit ? offset ?""")
                .params(regionCode, regionCode, status.name(), QUEUE_PAGE_SIZE, (long) (shown - 1) * QUEUE_PAGE_SIZE)
                .query(ResidentEnrollments::row).list();
        return new QueuePage(rows, shown, pages, total);
    }

    /** A page of the review queue: its rows, its number (from 1), how many pages and enrollments there are. */
    public record QueuePage(List<ResidentEnrollment> rows, int page, int pages, int total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /**
     * For the statistics page: how many enrollments of a region (all regions when null) were submitted on the days
     * given (Beijing days, either bound may be left open), per status; drafts are never counted.
     */
    public Map<EnrollmentStatus, Integer> tally(@Nullable String regionCode, @Nullable LocalDate from,
                                                @Nullable LocalDate to) {
        OffsetDateTime start = from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        Map<EnrollmentStatus, Integer> counts = new EnumMap<>(EnrollmentStatus.class);
        jdbc.sql("""
                select status, count(*)::int from insured_enrollment
                where status <> 'DRAFT' and submitted_at is not null and (cast(? as varchar) is null or region_code = ?)
                  and (cast(? as timestamptz) is null or submitted_at >= ?)
                  and (cast(? as timestamptz) is null or submitted_at < ?)
                group by status""")
                .params(regionCode, regionCode, start, start, end, end)
                .query(rs -> {
                    counts.put(EnrollmentStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    public List<EnrollmentMaterial> materials(long enrollmentId) {
        return jdbc.sql("""
                select id, kind, file_name, content_type, size_bytes, sha256 from insured_enrollment_material
                where enrollment_id = ? order by id""").param(enrollmentId).query(EnrollmentMaterial.class).list();
    }

    /** A material's bytes, verified against the checksum stored with it. */
    public Optional<Upload> materialContent(long enrollmentId, long materialId) {
        return jdbc.sql("""
                select file_name, content_type, content, sha256 from insured_enrollment_material
                where id = ? and enrollment_id = ?""")
                .params(materialId, enrollmentId)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional()
                .filter(u -> Upload.sha256(u.content()).equals(u.sha256()));
    }

    private record Existing(int materials, boolean hasIdDocument) {
        static final Existing NONE = new Existing(0, false);
    }

    private Existing existing(long applicantAccount, long draftId) {
        ResidentEnrollment e = mine(applicantAccount, draftId);
        if (e.status() != EnrollmentStatus.DRAFT) {
            throw new BusinessException(Problem.CONFLICT, "ENROLLMENT_NOT_DRAFT");
        }
        List<EnrollmentMaterial> m = materials(draftId);
        return new Existing(m.size(), m.stream().anyMatch(x -> "ID_DOCUMENT".equals(x.kind())));
    }

    private static ResidentCategory category(InputErrors errors, String text) {
        try {
            return ResidentCategory.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject("category", "CATEGORY_REQUIRED");
            return null;
        }
    }

    static ResidentEnrollment row(ResultSet rs, int n) throws SQLException {
        return new ResidentEnrollment(rs.getLong("id"), rs.getLong("applicant_account"), rs.getString("region_code"),
                rs.getString("id_number"), rs.getString("name"), rs.getString("phone"),
                ResidentCategory.valueOf(rs.getString("category")), EnrollmentStatus.valueOf(rs.getString("status")),
                rs.getString("reject_reason"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"), (Long) rs.getObject("person_id"));
    }
}
