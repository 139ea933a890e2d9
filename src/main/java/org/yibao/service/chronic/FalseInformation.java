package org.yibao.service.chronic;

import java.time.LocalDate;
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
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.Applications;
import org.yibao.service.ChronicQualifications;

/**
 * The clerk's side of 门诊慢特病 qualifications: find a person of the clerk's region by ID number, and 认定虚假信息 —
 * the person's qualifications in the region are cancelled (approved applications are revoked through the workflow,
 * carried-over ones directly) and new applications are refused for two years. Clerks never see another region's
 * persons; administrators see all.
 */
@Service
public class FalseInformation {

    public static final int REASON_MAX = 300;

    private final InsuredPersons persons;
    private final ChronicQualifications qualifications;
    private final QualificationRecords records;
    private final ChronicBans bans;
    private final Applications applications;
    private final ApplicationQueries queries;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    FalseInformation(InsuredPersons persons, ChronicQualifications qualifications, QualificationRecords records,
                     ChronicBans bans, Applications applications, ApplicationQueries queries, AuditTrail audit,
                     JdbcClient jdbc) {
        this.persons = persons;
        this.qualifications = qualifications;
        this.records = records;
        this.bans = bans;
        this.applications = applications;
        this.queries = queries;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A person as the clerk sees them: the qualifications and bans of the clerk's region only. */
    public record PersonView(InsuredPerson person, List<ChronicQualifications.Qualification> qualifications,
                             List<ChronicBans.Ban> bans, Optional<ChronicBans.Ban> currentBan) {
    }

    /** The person with that ID number, when insured in (or qualified in) the staff member's region. */
    public Optional<PersonView> find(@Nullable String regionCode, String idNumber) {
        InputErrors errors = new InputErrors();
        IdNumber id = errors.idNumber("idNumber", idNumber);
        errors.throwIfAny();
        return persons.findByIdNumber(id).filter(p -> regionCode == null || belongs(p.id(), regionCode))
                .map(p -> view(p, regionCode));
    }

    public Optional<PersonView> find(@Nullable String regionCode, long personId) {
        return persons.find(personId).filter(p -> regionCode == null || belongs(p.id(), regionCode))
                .map(p -> view(p, regionCode));
    }

    /** 认定虚假信息: cancels the person's active qualifications of the region and bans new applications. */
    @Transactional
    public LocalDate declare(Applications.StaffActor staff, long personId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw BusinessException.invalid("reason", "CHRONIC_FALSE_REASON_REQUIRED");
        }
        if (why.length() > REASON_MAX) {
            throw BusinessException.invalid("reason", "TOO_LONG", REASON_MAX);
        }
        PersonView view = find(staff.regionCode(), personId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "CHRONIC_PERSON_NOT_FOUND"));
        String actor = "staff:" + staff.login();
        for (ChronicQualifications.Qualification q : view.qualifications()) {
            if (q.cancelled()) {
                continue;
            }
            Optional<Application> granted = q.applicationId() == null ? Optional.empty() : queries.find(q.applicationId());
            if (granted.isPresent() && granted.get().status() == ApplicationStatus.APPROVED) {
                applications.revokeByStaff(staff, granted.get().id(), "FALSE_INFORMATION", why);
                records.describeCancellation(granted.get().id(), actor, why);
            } else {
                records.cancel(q.id(), actor, why);
            }
        }
        String region = staff.regionCode() != null ? staff.regionCode() : regionOf(personId);
        LocalDate until = bans.ban(personId, region, why, actor);
        audit.record(actor, "person:" + personId, "CHRONIC_FALSE_INFORMATION", AuditTrail.Channel.STAFF,
                "banned until " + until);
        return until;
    }

    private PersonView view(InsuredPerson p, @Nullable String regionCode) {
        List<ChronicQualifications.Qualification> all = qualifications.all(p.id()).stream()
                .filter(q -> regionCode == null || q.regionCode().equals(regionCode)).toList();
        return new PersonView(p, all, bans.all(p.id()), bans.current(p.id()));
    }

    private boolean belongs(long personId, String regionCode) {
        return jdbc.sql("""
                select count(*) from (select person_id from insured_period where person_id = ? and region_code = ?
                union all select person_id from service_chronic_qualification where person_id = ? and region_code = ?) x""")
                .params(personId, regionCode, personId, regionCode).query(Integer.class).single() > 0;
    }

    private String regionOf(long personId) {
        return jdbc.sql("""
                select region_code from insured_period where person_id = ? order by (status = '1') desc, begin_date desc
                limit 1""").param(personId).query(String.class).optional()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "CHRONIC_PERSON_NOT_FOUND"));
    }
}
