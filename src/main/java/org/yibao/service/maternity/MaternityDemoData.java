package org.yibao.service.maternity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO.md's 生育津贴 parameters for the demo regions since 2020: 12 months of contribution, 98 days (+15 难产, +15
 * per extra baby), the province's extension (河北, 安徽, 北京 +60; 江西 +90), 流产 before 16 weeks 15 days, later
 * 42; Hebei pays the employer, the others the person. Loading twice changes nothing, and later edits stay.
 */
@Component
@Profile("demo")
@Order(80)
class MaternityDemoData implements ApplicationRunner {

    private static final List<String> REGIONS = List.of("130200", "130600", "341100", "360600", "110000");
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final MaternityParameters parameters;
    private final JdbcClient jdbc;

    MaternityDemoData(MaternityParameters parameters, JdbcClient jdbc) {
        this.parameters = parameters;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String region : REGIONS) {
            boolean known = jdbc.sql("select count(*) from catalog_pooling_region where code = ?").param(region)
                    .query(Integer.class).single() > 0;
            if (known && parameters.history(region).isEmpty()) {
                parameters.save(rule(region), "system");
            }
        }
    }

    static MaternityParameters.Rule rule(String region) {
        int extra = region.startsWith("36") ? 90 : 60;
        String payee = region.startsWith("13") ? "EMPLOYER" : "PERSON";
        return new MaternityParameters.Rule(region, SINCE, 12, 98, 15, 15, extra, 15, 42, 16, payee, null);
    }
}
