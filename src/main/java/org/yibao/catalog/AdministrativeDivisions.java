package org.yibao.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessException;

/** Province and city pickers read the GB/T 2260 divisions loaded by migration V20. */
@Service
public class AdministrativeDivisions {

    private static final String COLUMNS = "select code, name, level, province_code, self_governed from catalog_division ";

    private final JdbcClient jdbc;

    AdministrativeDivisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdministrativeDivision> provinces() {
        return jdbc.sql(COLUMNS + "where level = 1 order by code").query(AdministrativeDivision.class).list();
    }

    /**
     * The prefecture-level divisions of a province; a 直辖市 answers itself, so that a province → city picker
     * always ends on a city. An unknown province code is refused.
     */
    public List<AdministrativeDivision> cities(String provinceCode) {
        AdministrativeDivision province = find(provinceCode).filter(AdministrativeDivision::isProvince)
                .orElseThrow(() -> BusinessException.invalid("province", "CATALOG_PROVINCE_UNKNOWN", provinceCode));
        if (province.selfGoverned()) {
            return List.of(province);
        }
        return jdbc.sql(COLUMNS + "where level = 2 and province_code = ? order by code")
                .param(provinceCode).query(AdministrativeDivision.class).list();
    }

    public Optional<AdministrativeDivision> find(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(AdministrativeDivision.class).optional();
    }
}
