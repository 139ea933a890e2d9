package org.yibao.catalog.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which 门诊慢特病 each demo region recognises: every disease of the catalog, except a few that only some regions
 * list (as real regional catalogs differ). The ten cross-province diseases are in every region.
 */
@Component
@Profile("demo")
@Order(13)
class ChronicDiseaseDemoData implements ApplicationRunner {

    /** Diseases only the listed regions offer. */
    private static final Map<String, List<String>> ONLY_IN = Map.of(
            "M02001", List.of("130200", "130600"),
            "M02101", List.of("360600", "110000"),
            "M02201", List.of("360600", "341100"));

    private final JdbcClient jdbc;

    ChronicDiseaseDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> diseases = jdbc.sql("select code from catalog_chronic_disease order by code").query(String.class).list();
        for (DemoRegion region : DemoRegion.ALL) {
            for (String disease : diseases) {
                if (ONLY_IN.getOrDefault(disease, List.of(region.code())).contains(region.code())) {
                    jdbc.sql("""
                            insert into catalog_chronic_disease_region (disease_code, region_code) values (?, ?)
                            on conflict do nothing""").params(disease, region.code()).update();
                }
            }
        }
    }
}
