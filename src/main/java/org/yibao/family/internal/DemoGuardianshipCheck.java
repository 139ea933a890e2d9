package org.yibao.family.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.family.GuardianshipCheck;

/** The demo's household register: confirms the guardians listed in {@code family_household} (王建国 → 王小雨). */
@Component
@Profile("demo")
class DemoGuardianshipCheck implements GuardianshipCheck {

    private final JdbcClient jdbc;

    DemoGuardianshipCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean confirms(long guardianPersonId, long childPersonId) {
        return jdbc.sql("select count(*) from family_household where guardian_person = ? and member_person = ?")
                .params(guardianPersonId, childPersonId).query(Long.class).single() > 0;
    }
}
