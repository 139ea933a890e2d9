package org.yibao.service.remote;

import java.time.Clock;
import java.time.LocalDate;
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
import org.yibao.catalog.AdministrativeDivisions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;

/**
 * What each pooling region decides about 异地就医备案: how long a temporary filing lasts (at least 6 months,
 * 12 by default), how many percentage points a cross-province visit without a filing loses (10 by default, at
 * most 20), and the destination provinces its province needs no filing for (免备案, e.g. 京津 for Hebei).
 */
@Service
public class RemoteCareSettings {

    public static final int DEFAULT_TEMPORARY_MONTHS = 12;
    public static final int MIN_TEMPORARY_MONTHS = 6;
    public static final int MAX_TEMPORARY_MONTHS = 60;
    public static final int DEFAULT_CUT_POINTS = 10;
    public static final int MAX_CUT_POINTS = 20;

    private final JdbcClient jdbc;
    private final PoolingRegions regions;
    private final AdministrativeDivisions divisions;
    private final AuditTrail audit;
    private final Clock clock;

    RemoteCareSettings(JdbcClient jdbc, PoolingRegions regions, AdministrativeDivisions divisions, AuditTrail audit,
                       Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One region's settings; {@code updatedBy} null while the defaults apply. */
    public record Setting(String regionCode, int temporaryMonths, int unfiledCutPoints, @Nullable String updatedBy,
                          @Nullable OffsetDateTime updatedAt) {
    }

    /** 免备案: the insured province's people need no filing for the destination province since the date. */
    public record Exemption(String insuredProvinceCode, String destinationProvinceCode, LocalDate since) {
    }

    public Setting of(String regionCode) {
        return jdbc.sql("""
                select region_code, temporary_months, unfiled_cut_points, updated_by, updated_at
                from service_remote_setting where region_code = ?""").param(regionCode).query(Setting.class).optional()
                .orElseGet(() -> new Setting(regionCode, DEFAULT_TEMPORARY_MONTHS, DEFAULT_CUT_POINTS, null, null));
    }

    /** The settings of every pooling region, defaults filled in. */
    public List<Setting> all() {
        Map<String, Setting> stored = jdbc.sql("""
                select region_code, temporary_months, unfiled_cut_points, updated_by, updated_at
                from service_remote_setting""").query(Setting.class).list().stream()
                .collect(Collectors.toMap(Setting::regionCode, Function.identity()));
        return regions.all().stream().map(r -> stored.getOrDefault(r.code(),
                new Setting(r.code(), DEFAULT_TEMPORARY_MONTHS, DEFAULT_CUT_POINTS, null, null))).toList();
    }

    /** An administrator's change of a region's settings, checked and audited. */
    @Transactional
    public void save(String adminLogin, String regionCode, @Nullable Integer temporaryMonths,
                     @Nullable Integer unfiledCutPoints) {
        InputErrors errors = new InputErrors();
        if (regions.find(regionCode).isEmpty()) {
            errors.reject("regionCode", "REMOTE_SETTING_REGION");
        }
        if (temporaryMonths == null || temporaryMonths < MIN_TEMPORARY_MONTHS || temporaryMonths > MAX_TEMPORARY_MONTHS) {
            errors.reject("temporaryMonths", "REMOTE_SETTING_MONTHS", MIN_TEMPORARY_MONTHS, MAX_TEMPORARY_MONTHS);
        }
        if (unfiledCutPoints == null || unfiledCutPoints < 0 || unfiledCutPoints > MAX_CUT_POINTS) {
            errors.reject("unfiledCutPoints", "REMOTE_SETTING_CUT", MAX_CUT_POINTS);
        }
        errors.throwIfAny();
        jdbc.sql("""
                insert into service_remote_setting (region_code, temporary_months, unfiled_cut_points, updated_by, updated_at)
                values (?, ?, ?, ?, ?) on conflict (region_code) do update
                set temporary_months = excluded.temporary_months, unfiled_cut_points = excluded.unfiled_cut_points,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(regionCode, temporaryMonths, unfiledCutPoints, adminLogin, OffsetDateTime.now(clock)).update();
        audit.record("staff:" + adminLogin, "remote-care-setting:" + regionCode, "REMOTE_CARE_SETTING_SAVED",
                AuditTrail.Channel.STAFF, temporaryMonths + " months, " + unfiledCutPoints + " points");
    }

    public List<Exemption> exemptions() {
        return jdbc.sql("""
                select insured_province_code, destination_province_code, since from service_remote_exemption
                order by insured_province_code, destination_province_code""").query(Exemption.class).list();
    }

    public Optional<Exemption> exemption(String insuredRegionCode, String destinationProvinceCode) {
        return jdbc.sql("""
                select insured_province_code, destination_province_code, since from service_remote_exemption
                where insured_province_code = ? and destination_province_code = ?""")
                .params(province(insuredRegionCode), province(destinationProvinceCode)).query(Exemption.class).optional();
    }

    /** Whether the insured of the region need no filing for the destination province on the date. */
    public boolean exempt(String insuredRegionCode, String destinationProvinceCode, LocalDate on) {
        return exemption(insuredRegionCode, destinationProvinceCode).map(e -> !on.isBefore(e.since())).orElse(false);
    }

    /** Adds (or moves the date of) a 免备案 destination for an insured province. */
    @Transactional
    public void saveExemption(String adminLogin, String insuredProvinceCode, String destinationProvinceCode,
                              @Nullable LocalDate since) {
        InputErrors errors = new InputErrors();
        boolean insuredOk = divisions.find(insuredProvinceCode).filter(d -> d.isProvince()).isPresent();
        boolean destinationOk = divisions.find(destinationProvinceCode).filter(d -> d.isProvince()).isPresent();
        if (!insuredOk) {
            errors.reject("insuredProvinceCode", "REMOTE_SETTING_PROVINCE");
        }
        if (!destinationOk || destinationProvinceCode.equals(insuredProvinceCode)) {
            errors.reject("destinationProvinceCode", "REMOTE_SETTING_PROVINCE");
        }
        if (since == null) {
            errors.reject("since", "REQUIRED");
        }
        errors.throwIfAny();
        jdbc.sql("""
                insert into service_remote_exemption (insured_province_code, destination_province_code, since,
                    updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (insured_province_code, destination_province_code) do update
                set since = excluded.since, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(insuredProvinceCode, destinationProvinceCode, since, adminLogin, OffsetDateTime.now(clock)).update();
        audit.record("staff:" + adminLogin, "remote-care-exemption:" + insuredProvinceCode + ">" + destinationProvinceCode,
                "REMOTE_CARE_EXEMPTION_SAVED", AuditTrail.Channel.STAFF, String.valueOf(since));
    }

    @Transactional
    public void removeExemption(String adminLogin, String insuredProvinceCode, String destinationProvinceCode) {
        int n = jdbc.sql("delete from service_remote_exemption where insured_province_code = ? and destination_province_code = ?")
                .params(insuredProvinceCode, destinationProvinceCode).update();
        if (n == 0) {
            throw BusinessException.invalid("destinationProvinceCode", "REMOTE_SETTING_PROVINCE");
        }
        audit.record("staff:" + adminLogin, "remote-care-exemption:" + insuredProvinceCode + ">" + destinationProvinceCode,
                "REMOTE_CARE_EXEMPTION_REMOVED", AuditTrail.Channel.STAFF, null);
    }

    private static String province(String code) {
        return code.substring(0, 2) + "0000";
    }
}
