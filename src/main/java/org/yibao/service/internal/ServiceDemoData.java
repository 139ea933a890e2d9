package org.yibao.service.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.service.ApplicationType;
import org.yibao.service.AutoApprovalRules;

/**
 * The demo regions' auto-approval rules (DEMO.md): 异地就医备案 approves automatically everywhere except 唐山's
 * long-term registrations, which a clerk reviews; 门诊慢特病 always goes to a clerk. Written once, never over an
 * administrator's change.
 */
@Component
@Profile("demo")
@Order(60)
class ServiceDemoData implements ApplicationRunner {

    private final AutoApprovalRules rules;
    private final JdbcClient jdbc;

    ServiceDemoData(AutoApprovalRules rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from service_auto_rule").query(Integer.class).single() > 0) {
            return;
        }
        for (String region : jdbc.sql("select code from catalog_pooling_region order by code").query(String.class).list()) {
            rules.set("system", region, ApplicationType.REMOTE_CARE, AutoApprovalRules.ANY, true);
        }
        rules.set("system", "130200", ApplicationType.REMOTE_CARE, "LONG_TERM", false);
    }
}
