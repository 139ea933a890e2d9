package org.yibao.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessException;

/** The 门诊慢特病 each pooling region recognises; applications and the settlement engine read it. */
@Service
public class ChronicDiseaseCatalog {

    private static final String COLUMNS = """
            select c.code, c.name, c.icd_code, d.name as icd_name, c.kind, c.cross_province
            from catalog_chronic_disease c join catalog_disease d on d.icd_code = c.icd_code
            """;

    private final JdbcClient jdbc;
    private final PoolingRegions regions;

    ChronicDiseaseCatalog(JdbcClient jdbc, PoolingRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** The diseases the region offers, in code order; an unknown region is refused. */
    public List<ChronicDisease> forRegion(String regionCode) {
        if (regions.find(regionCode).isEmpty()) {
            throw BusinessException.invalid("region", "CATALOG_REGION_UNKNOWN", regionCode);
        }
        return jdbc.sql(COLUMNS + """
                join catalog_chronic_disease_region r on r.disease_code = c.code
                where r.region_code = ? order by c.code""").param(regionCode).query(ChronicDisease.class).list();
    }

    public Optional<ChronicDisease> find(String code) {
        return jdbc.sql(COLUMNS + "where c.code = ?").param(code).query(ChronicDisease.class).optional();
    }

    /** Every disease of the catalog, in code order, whether a region offers it or not. */
    public List<ChronicDisease> all() {
        return jdbc.sql(COLUMNS + "order by c.code").query(ChronicDisease.class).list();
    }

    /** The agency decides which diseases its region recognises; unknown regions or diseases are refused. */
    public void setOffered(String regionCode, String diseaseCode, boolean offered) {
        if (regions.find(regionCode).isEmpty()) {
            throw BusinessException.invalid("region", "CATALOG_REGION_UNKNOWN", regionCode);
        }
        if (find(diseaseCode).isEmpty()) {
            throw BusinessException.invalid("diseaseCode", "CATALOG_CHRONIC_UNKNOWN", diseaseCode);
        }
        if (offered) {
            jdbc.sql("""
                    insert into catalog_chronic_disease_region (disease_code, region_code) values (?, ?)
                    on conflict do nothing""").params(diseaseCode, regionCode).update();
        } else {
            jdbc.sql("delete from catalog_chronic_disease_region where region_code = ? and disease_code = ?")
                    .params(regionCode, diseaseCode).update();
        }
    }

    public boolean offers(String regionCode, String diseaseCode) {
        return jdbc.sql("select count(*) from catalog_chronic_disease_region where region_code = ? and disease_code = ?")
                .params(regionCode, diseaseCode).query(Long.class).single() > 0;
    }
}
