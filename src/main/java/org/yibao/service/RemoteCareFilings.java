package org.yibao.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.PersonId;
import org.yibao.common.RegionCode;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.remote.RemoteCareSettings;

/**
 * 跨省异地就医备案 as the settlement engine sees it: whether a person may be treated in another province on a date
 * with the full benefits of their insured region (an active filing for that province, a 免备案 destination such
 * as Beijing and Tianjin for Hebei insured, or no province crossed at all), and how many percentage points the
 * insured region cuts the ratio by for a visit without one.
 */
@Service("serviceRemoteCareFilings")
public class RemoteCareFilings {

    /** 跨省异地长期居住 (valid until revoked) or 跨省临时外出就医 (valid for the region's months). */
    public enum Kind { LONG_TERM, TEMPORARY }

    /** ACTIVE until revoked; a temporary filing past its end date is EXPIRED. */
    public enum Status { ACTIVE, REVOKED, EXPIRED }

    /** One filing granted by an approved application; {@code endDate} null for a long-term filing. */
    public record Filing(long id, long personId, long applicationId, String insuredRegionCode, Kind kind,
                         String category, String provinceCode, String cityCode, LocalDate startDate,
                         @Nullable LocalDate endDate, OffsetDateTime approvedAt, Status status,
                         @Nullable OffsetDateTime revokedAt) {

        /** In force on the date: active, started, not ended. */
        public boolean inForceOn(LocalDate day) {
            return status == Status.ACTIVE && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
        }

        /** Active, and not yet past its end date on the day (it may start later). */
        public boolean currentOn(LocalDate day) {
            return status == Status.ACTIVE && (endDate == null || !day.isAfter(endDate));
        }
    }

    static final String COLUMNS = """
            select id, person_id, application_id, insured_region_code, kind, category, province_code, city_code,
                   start_date, end_date, approved_at, status, revoked_at from service_remote_filing""";

    private final JdbcClient jdbc;
    private final RemoteCareSettings settings;
    private final InsuredPersons persons;

    RemoteCareFilings(JdbcClient jdbc, RemoteCareSettings settings, InsuredPersons persons) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.persons = persons;
    }

    /** The person's filing in force on the date, if any. */
    public Optional<Filing> active(long personId, LocalDate on) {
        return jdbc.sql(COLUMNS + " where person_id = ? and status = 'ACTIVE' order by id desc")
                .param(personId).query(RemoteCareFilings::row).stream().filter(f -> f.inForceOn(on)).findFirst();
    }

    /**
     * Whether a visit of the person at an institution of {@code destinationRegionCode} (any GB/T 2260 code of the
     * place) on the date is covered as filed: the destination lies in the person's insured province, is 免备案
     * for that province, or an active filing for the destination's province is in force.
     */
    public boolean covers(long personId, String destinationRegionCode, LocalDate on) {
        String destination = provinceOf(destinationRegionCode);
        Optional<String> insured = insuredRegion(personId);
        if (insured.isPresent()) {
            if (provinceOf(insured.get()).equals(destination) || settings.exempt(insured.get(), destination, on)) {
                return true;
            }
        }
        return active(personId, on).map(f -> f.provinceCode().equals(destination)).orElse(false);
    }

    /**
     * 未备案降低报销比例: the ratio cut, in percentage points, of a visit of the person insured in {@code insured} at
     * an institution of {@code destination} on the date, as the insured region sets it; 0 when the visit is in the
     * insured province or {@link #covers covered} (filed, or 免备案). The rule of the settlement path and of
     * 零星报销 alike.
     */
    public int unfiledCutPoints(PersonId person, RegionCode insured, RegionCode destination, LocalDate on) {
        if (insured.sameProvinceAs(destination) || covers(person.value(), destination.value(), on)) {
            return 0;
        }
        return settings.of(insured.value()).unfiledCutPoints();
    }

    /** Whether the insured of the region need no filing for the destination province on the date (免备案). */
    public boolean exempt(String insuredRegionCode, String destinationRegionCode, LocalDate on) {
        return settings.exempt(insuredRegionCode, provinceOf(destinationRegionCode), on);
    }

    public Optional<Filing> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(RemoteCareFilings::row).optional();
    }

    public Optional<Filing> byApplication(long applicationId) {
        return jdbc.sql(COLUMNS + " where application_id = ?").param(applicationId).query(RemoteCareFilings::row)
                .optional();
    }

    /** Every filing of the persons, newest first. */
    public List<Filing> ofPersons(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where person_id in (" + String.join(",", personIds.stream().map(p -> "?").toList())
                + ") order by approved_at desc, id desc").params(List.copyOf(personIds))
                .query(RemoteCareFilings::row).list();
    }

    /** The province (两位 + 0000) a division or pooling region code belongs to. */
    public static String provinceOf(String regionCode) {
        return regionCode.substring(0, 2) + "0000";
    }

    private Optional<String> insuredRegion(long personId) {
        return persons.periods(personId).stream().filter(p -> p.status() == InsuranceStatus.NORMAL)
                .map(p -> p.regionCode()).findFirst();
    }

    static Filing row(ResultSet rs, int n) throws SQLException {
        return new Filing(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("application_id"),
                rs.getString("insured_region_code"), Kind.valueOf(rs.getString("kind")), rs.getString("category"),
                rs.getString("province_code"), rs.getString("city_code"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getObject("approved_at", OffsetDateTime.class),
                Status.valueOf(rs.getString("status")), rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
