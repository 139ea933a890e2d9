package org.yibao.catalog.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Interface credentials of DEMO.md's institutions: paasid = institution code, token = {@code demo-token-} + code. */
@Component
@Profile("demo")
@Order(12)
class InstitutionCredentialDemoData implements ApplicationRunner {

    static final String TOKEN_PREFIX = "demo-token-";
    private static final String[] CODES = {
            "H13020300001", "H13020300002", "P13020300001", "H13060200001", "H34110200001", "H36060200001",
            "H11010800001",
    };

    private final JdbcClient jdbc;

    InstitutionCredentialDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String code : CODES) {
            jdbc.sql("""
                    insert into catalog_institution_credential (institution_code, token) values (?, ?)
                    on conflict (institution_code) do nothing""").params(code, TOKEN_PREFIX + code).update();
        }
    }
}
