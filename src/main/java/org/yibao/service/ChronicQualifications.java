package org.yibao.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Approved 门诊慢特病 qualifications (资格) of a person: which diseases, since when, until when, granted on which
 * application (none for those carried over from before online applications). The settlement engine asks how many
 * are active on a day (the 门诊慢特病 cap rises with two or more) and whether there is any at all.
 */
@Service
public class ChronicQualifications {

    private static final String COLUMNS = """
            select q.id, q.person_id, q.disease_code, d.name as disease_name, d.kind as disease_kind, q.region_code,
                   q.application_id, q.hospital_code, q.hospital_name, q.department, q.starts_on, q.valid_until,
                   q.status, q.cancel_reason, q.cancelled_by, q.cancelled_at
            from service_chronic_qualification q join catalog_chronic_disease d on d.code = q.disease_code
            """;
    private static final String ACTIVE_ON = " q.status = 'ACTIVE' and q.starts_on <= ? and (q.valid_until is null or q.valid_until >= ?)";

    private final JdbcClient jdbc;

    ChronicQualifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One qualification. {@code validUntil} null: valid indefinitely. */
    public record Qualification(long id, long personId, String diseaseCode, String diseaseName, String diseaseKind,
                                String regionCode, @Nullable Long applicationId, @Nullable String hospitalCode,
                                @Nullable String hospitalName, @Nullable String department, LocalDate startsOn,
                                @Nullable LocalDate validUntil, String status, @Nullable String cancelReason,
                                @Nullable String cancelledBy, @Nullable OffsetDateTime cancelledAt) {

        public boolean activeOn(LocalDate day) {
            return "ACTIVE".equals(status) && !startsOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
        }

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        /** Carried over from before online applications (no application granted it). */
        public boolean carriedOver() {
            return applicationId == null;
        }
    }

    /** How many diseases the person is qualified for on the day. */
    public int activeCount(long personId, LocalDate on) {
        return jdbc.sql("select count(*) from service_chronic_qualification q where q.person_id = ? and" + ACTIVE_ON)
                .params(personId, on, on).query(Long.class).single().intValue();
    }

    /** The qualifications in force on the day, in disease order. */
    public List<Qualification> active(long personId, LocalDate on) {
        return jdbc.sql(COLUMNS + " where q.person_id = ? and" + ACTIVE_ON + " order by q.disease_code")
                .params(personId, on, on).query(Qualification.class).list();
    }

    /** Every qualification of the person, cancelled ones too, newest first. */
    public List<Qualification> all(long personId) {
        return jdbc.sql(COLUMNS + " where q.person_id = ? order by q.starts_on desc, q.id desc")
                .param(personId).query(Qualification.class).list();
    }

    /** Whether the person holds the disease on the day. */
    public boolean holds(long personId, String diseaseCode, LocalDate on) {
        return jdbc.sql("select count(*) from service_chronic_qualification q where q.person_id = ? and q.disease_code = ? and"
                        + ACTIVE_ON).params(personId, diseaseCode, on, on).query(Long.class).single() > 0;
    }
}
