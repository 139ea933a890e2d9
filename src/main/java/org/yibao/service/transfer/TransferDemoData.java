package org.yibao.service.transfer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo: 滁州 does not accept personal-account funds on a transfer in, so a transfer there refunds (清退). */
@Component
@Profile("demo")
@Order(61)
class TransferDemoData implements ApplicationRunner {

    private final TransferRegions regions;
    private final JdbcClient jdbc;

    TransferDemoData(TransferRegions regions, JdbcClient jdbc) {
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean known = jdbc.sql("select exists (select 1 from catalog_pooling_region where code = '341100')")
                .query(Boolean.class).single();
        boolean set = jdbc.sql("select exists (select 1 from service_transfer_region)").query(Boolean.class).single();
        if (known && !set) {
            regions.set("system", "341100", false);
        }
    }
}
