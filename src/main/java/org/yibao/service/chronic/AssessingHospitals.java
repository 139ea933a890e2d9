package org.yibao.service.chronic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.catalog.ChronicDisease;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;

/**
 * 认定医院 and 认定科室 per pooling region: the hospitals (grade 2 and above of the region's designated
 * institutions) where a disease is assessed, their departments, and the diseases each may assess (认定病种: every
 * disease the region offers, or only those listed for a specialist hospital). Administrators keep the lists.
 */
@Service
public class AssessingHospitals {

    private final JdbcClient jdbc;
    private final ChronicDiseaseCatalog catalog;
    private final AuditTrail audit;

    AssessingHospitals(JdbcClient jdbc, ChronicDiseaseCatalog catalog, AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** One assessing hospital with its departments and the diseases it assesses (all, or those listed). */
    public record Hospital(String code, String name, @Nullable Integer level, List<String> departments,
                           boolean allDiseases, Set<String> diseases) {

        public boolean assesses(@Nullable String diseaseCode) {
            return allDiseases || diseases.contains(diseaseCode);
        }
    }

    /** A designated hospital of the region that could be added. */
    public record Candidate(String code, String name, int level) {
    }

    public List<Hospital> ofRegion(String regionCode) {
        Map<String, Hospital> out = new LinkedHashMap<>();
        jdbc.sql("""
                select i.code, i.name, i.level, h.all_diseases from service_chronic_hospital h
                join catalog_institution i on i.code = h.hospital_code
                where h.region_code = ? order by i.level desc nulls last, i.code""").param(regionCode)
                .query(rs -> {
                    out.put(rs.getString("code"), new Hospital(rs.getString("code"), rs.getString("name"),
                            (Integer) rs.getObject("level"), new ArrayList<>(), rs.getBoolean("all_diseases"),
                            new TreeSet<>()));
                });
        jdbc.sql("select hospital_code, disease_code from service_chronic_hospital_disease where region_code = ?")
                .param(regionCode).query(rs -> {
                    Hospital h = out.get(rs.getString("hospital_code"));
                    if (h != null) {
                        h.diseases().add(rs.getString("disease_code"));
                    }
                });
        if (!out.isEmpty()) {
            jdbc.sql("select hospital_code, name from service_chronic_department where hospital_code in ("
                            + String.join(",", out.keySet().stream().map(k -> "?").toList()) + ") order by hospital_code, name")
                    .params(new ArrayList<Object>(out.keySet()))
                    .query(rs -> {
                        out.get(rs.getString("hospital_code")).departments().add(rs.getString("name"));
                    });
        }
        return List.copyOf(out.values());
    }

    /** The region's assessing hospitals that may assess the disease; none for a disease the region does not offer. */
    public List<Hospital> forDisease(String regionCode, @Nullable String diseaseCode) {
        if (diseaseCode == null || diseaseCode.isBlank() || !catalog.offers(regionCode, diseaseCode)) {
            return List.of();
        }
        return ofRegion(regionCode).stream().filter(h -> h.assesses(diseaseCode)).toList();
    }

    public Optional<Hospital> find(String regionCode, @Nullable String hospitalCode) {
        return ofRegion(regionCode).stream().filter(h -> h.code().equals(hospitalCode)).findFirst();
    }

    /** The hospital's name as the catalog knows it. */
    public Optional<String> name(@Nullable String hospitalCode) {
        if (hospitalCode == null) {
            return Optional.empty();
        }
        return jdbc.sql("select name from catalog_institution where code = ?").param(hospitalCode)
                .query(String.class).optional();
    }

    /** Designated hospitals (grade 2 or above) of the region not yet on the list. */
    public List<Candidate> candidates(String regionCode) {
        return jdbc.sql("""
                select code, name, level from catalog_institution i
                where region_code = ? and kind = 'HOSPITAL' and level >= 2
                  and not exists (select 1 from service_chronic_hospital h where h.region_code = i.region_code
                                  and h.hospital_code = i.code)
                order by level desc, code""").param(regionCode).query(Candidate.class).list();
    }

    @Transactional
    public void addHospital(String admin, String regionCode, String hospitalCode) {
        if (candidates(regionCode).stream().noneMatch(c -> c.code().equals(hospitalCode))) {
            throw BusinessException.invalid("hospitalCode", "CHRONIC_ADMIN_HOSPITAL_UNKNOWN");
        }
        jdbc.sql("insert into service_chronic_hospital (region_code, hospital_code) values (?, ?) on conflict do nothing")
                .params(regionCode, hospitalCode).update();
        audit.record("staff:" + admin, "region:" + regionCode, "CHRONIC_HOSPITAL_ADDED", AuditTrail.Channel.STAFF, hospitalCode);
    }

    @Transactional
    public void removeHospital(String admin, String regionCode, String hospitalCode) {
        jdbc.sql("delete from service_chronic_hospital where region_code = ? and hospital_code = ?")
                .params(regionCode, hospitalCode).update();
        audit.record("staff:" + admin, "region:" + regionCode, "CHRONIC_HOSPITAL_REMOVED", AuditTrail.Channel.STAFF, hospitalCode);
    }

    /**
     * 认定病种 of one hospital on the region's list: every disease ({@code all}), or only {@code diseases}, each a
     * code of the catalog and at least one. A refusal changes nothing.
     */
    @Transactional
    public void assessDiseases(String admin, String regionCode, String hospitalCode, boolean all,
                               Collection<String> diseases) {
        if (find(regionCode, hospitalCode).isEmpty()) {
            throw BusinessException.invalid("hospitalCode", "CHRONIC_ADMIN_HOSPITAL_UNKNOWN");
        }
        Set<String> known = catalog.all().stream().map(ChronicDisease::code).collect(Collectors.toSet());
        Set<String> chosen = all ? Set.of() : new TreeSet<>(diseases);
        if (!known.containsAll(chosen)) {
            throw BusinessException.invalid("diseases", "CHRONIC_ADMIN_DISEASE_UNKNOWN");
        }
        if (!all && chosen.isEmpty()) {
            throw BusinessException.invalid("diseases", "CHRONIC_ADMIN_DISEASES_REQUIRED");
        }
        jdbc.sql("update service_chronic_hospital set all_diseases = ? where region_code = ? and hospital_code = ?")
                .params(all, regionCode, hospitalCode).update();
        jdbc.sql("delete from service_chronic_hospital_disease where region_code = ? and hospital_code = ?")
                .params(regionCode, hospitalCode).update();
        for (String disease : chosen) {
            jdbc.sql("insert into service_chronic_hospital_disease (region_code, hospital_code, disease_code) values (?, ?, ?)")
                    .params(regionCode, hospitalCode, disease).update();
        }
        audit.record("staff:" + admin, "hospital:" + hospitalCode, "CHRONIC_HOSPITAL_DISEASES", AuditTrail.Channel.STAFF,
                regionCode + ":" + (all ? "ALL" : String.join(",", chosen)));
    }

    @Transactional
    public void addDepartment(String admin, String regionCode, String hospitalCode, String department) {
        String name = department == null ? "" : department.strip();
        if (name.isEmpty() || name.length() > 30) {
            throw BusinessException.invalid("department", name.isEmpty() ? "REQUIRED" : "TOO_LONG", 30);
        }
        if (find(regionCode, hospitalCode).isEmpty()) {
            throw BusinessException.invalid("hospitalCode", "CHRONIC_ADMIN_HOSPITAL_UNKNOWN");
        }
        jdbc.sql("insert into service_chronic_department (hospital_code, name) values (?, ?) on conflict do nothing")
                .params(hospitalCode, name).update();
        audit.record("staff:" + admin, "hospital:" + hospitalCode, "CHRONIC_DEPARTMENT_ADDED", AuditTrail.Channel.STAFF, name);
    }

    @Transactional
    public void removeDepartment(String admin, String regionCode, String hospitalCode, String department) {
        if (find(regionCode, hospitalCode).isEmpty()) {
            throw BusinessException.invalid("hospitalCode", "CHRONIC_ADMIN_HOSPITAL_UNKNOWN");
        }
        jdbc.sql("delete from service_chronic_department where hospital_code = ? and name = ?")
                .params(hospitalCode, department).update();
        audit.record("staff:" + admin, "hospital:" + hospitalCode, "CHRONIC_DEPARTMENT_REMOVED", AuditTrail.Channel.STAFF,
                department);
    }
}
