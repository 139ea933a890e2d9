package org.yibao.service.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;

/**
 * The materials a disease asks for: the disease's own list when the administrator set one, else its kind's
 * (慢性病 or 特殊病). 诊断证明 and 病历资料 are always required; the others may be required, optional or not asked.
 */
@Service
public class MaterialRequirements {

    /** What the form asks for one material. */
    public enum Need {
        REQUIRED, OPTIONAL, NONE
    }

    /** One material the disease asks for. */
    public record Requirement(MaterialKind material, boolean required) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MaterialRequirements(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Requirement> forDisease(String diseaseCode, String diseaseKind) {
        List<Requirement> own = scope(diseaseCode);
        return own.isEmpty() ? scope(diseaseKind) : own;
    }

    public boolean hasOwnList(String diseaseCode) {
        return !scope(diseaseCode).isEmpty();
    }

    /** Replaces the disease's own list; 诊断证明 and 病历资料 stay required whatever was asked. */
    @Transactional
    public void setForDisease(String admin, String diseaseCode, Map<MaterialKind, Need> needs) {
        if (!diseaseCode.matches("M\\d{5}")) {
            throw BusinessException.invalid("diseaseCode", "CATALOG_CHRONIC_UNKNOWN", diseaseCode);
        }
        jdbc.sql("delete from service_chronic_material where scope = ?").param(diseaseCode).update();
        List<String> kept = new ArrayList<>();
        for (MaterialKind m : MaterialKind.values()) {
            Need need = m == MaterialKind.DIAGNOSIS || m == MaterialKind.MEDICAL_RECORD ? Need.REQUIRED
                    : needs.getOrDefault(m, Need.NONE);
            if (need != Need.NONE) {
                jdbc.sql("insert into service_chronic_material (scope, material, required) values (?, ?, ?)")
                        .params(diseaseCode, m.name(), need == Need.REQUIRED).update();
                kept.add(m.name() + "=" + need);
            }
        }
        audit.record("staff:" + admin, "disease:" + diseaseCode, "CHRONIC_MATERIALS_SET", AuditTrail.Channel.STAFF,
                String.join(",", kept));
    }

    /** The disease follows its kind's list again. */
    @Transactional
    public void reset(String admin, String diseaseCode) {
        jdbc.sql("delete from service_chronic_material where scope = ?").param(diseaseCode).update();
        audit.record("staff:" + admin, "disease:" + diseaseCode, "CHRONIC_MATERIALS_RESET", AuditTrail.Channel.STAFF, "");
    }

    private List<Requirement> scope(String scope) {
        return jdbc.sql("select material, required from service_chronic_material where scope = ?").param(scope)
                .query((rs, n) -> new Requirement(MaterialKind.valueOf(rs.getString("material")), rs.getBoolean("required")))
                .list().stream().sorted(java.util.Comparator.comparing(r -> r.material().ordinal())).toList();
    }
}
