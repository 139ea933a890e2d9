package org.yibao.service.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Problem;

/**
 * Writes qualifications: granted when an application is approved (from that day, for the region's validity),
 * cancelled when a clerk revokes it; and the validity each region gives (none: indefinitely).
 */
@Service
public class QualificationRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    QualificationRecords(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Years a qualification of the region stays valid; empty: indefinitely. */
    public Optional<Integer> validYears(String regionCode) {
        return jdbc.sql("select valid_years from service_chronic_validity where region_code = ?").param(regionCode)
                .query((rs, n) -> (Integer) rs.getObject("valid_years")).optional().flatMap(Optional::ofNullable);
    }

    @Transactional
    public void setValidYears(String admin, String regionCode, @Nullable Integer years) {
        if (years != null && (years < 1 || years > 20)) {
            throw BusinessException.invalid("validYears", "CHRONIC_ADMIN_VALIDITY");
        }
        jdbc.sql("""
                insert into service_chronic_validity (region_code, valid_years, updated_by, updated_at) values (?, ?, ?, ?)
                on conflict (region_code) do update set valid_years = excluded.valid_years,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(regionCode, years, admin, OffsetDateTime.now(clock)).update();
        audit.record("staff:" + admin, "region:" + regionCode, "CHRONIC_VALIDITY_SET", AuditTrail.Channel.STAFF,
                years == null ? "indefinite" : years.toString());
    }

    /** A qualification from today on; refused when one is already active for the disease. */
    long grant(long personId, String diseaseCode, String regionCode, @Nullable Long applicationId,
               @Nullable String hospitalCode, @Nullable String hospitalName, @Nullable String department,
               LocalDate startsOn) {
        LocalDate until = validYears(regionCode).map(y -> startsOn.plusYears(y).minusDays(1)).orElse(null);
        int active = jdbc.sql("""
                select count(*) from service_chronic_qualification where person_id = ? and disease_code = ?
                and status = 'ACTIVE'""").params(personId, diseaseCode).query(Integer.class).single();
        if (active > 0) {
            throw new BusinessException(Problem.CONFLICT, "CHRONIC_ALREADY_QUALIFIED");
        }
        return jdbc.sql("""
                insert into service_chronic_qualification (person_id, disease_code, region_code, application_id,
                    hospital_code, hospital_name, department, starts_on, valid_until, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) returning id""")
                .params(personId, diseaseCode, regionCode, applicationId, hospitalCode, hospitalName, department,
                        startsOn, until, OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    /** A carried-over qualification as the demo and migrations know it; nothing when the person already holds it. */
    public void carryOver(long personId, String diseaseCode, String regionCode, LocalDate startsOn) {
        jdbc.sql("""
                insert into service_chronic_qualification (person_id, disease_code, region_code, starts_on, status,
                    created_at)
                select ?, ?, ?, ?, 'ACTIVE', ? where not exists (select 1 from service_chronic_qualification
                    where person_id = ? and disease_code = ?)""")
                .params(personId, diseaseCode, regionCode, startsOn, OffsetDateTime.now(clock), personId, diseaseCode)
                .update();
    }

    /** Cancels what the application granted. */
    int cancelGrantedBy(long applicationId, String actor, String reason) {
        return jdbc.sql("""
                update service_chronic_qualification set status = 'CANCELLED', cancel_reason = ?, cancelled_by = ?,
                    cancelled_at = ? where application_id = ? and status = 'ACTIVE'""")
                .params(reason, actor, OffsetDateTime.now(clock), applicationId).update();
    }

    /** Cancels one qualification; answers whether it was active. */
    boolean cancel(long qualificationId, String actor, String reason) {
        return jdbc.sql("""
                update service_chronic_qualification set status = 'CANCELLED', cancel_reason = ?, cancelled_by = ?,
                    cancelled_at = ? where id = ? and status = 'ACTIVE'""")
                .params(reason, actor, OffsetDateTime.now(clock), qualificationId).update() == 1;
    }

    /** Records the clerk and reason on what a revocation cancelled. */
    void describeCancellation(long applicationId, String actor, String reason) {
        jdbc.sql("update service_chronic_qualification set cancel_reason = ?, cancelled_by = ? where application_id = ? and status = 'CANCELLED'")
                .params(reason, actor, applicationId).update();
    }

    LocalDate today() {
        return BusinessTime.today(clock);
    }
}
