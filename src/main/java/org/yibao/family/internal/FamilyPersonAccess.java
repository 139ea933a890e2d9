package org.yibao.family.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.PersonAccess;

/** Answers PersonAccess: an account may always act for its own verified person. */
@Component
class FamilyPersonAccess implements PersonAccess {

    private final JdbcClient jdbc;

    FamilyPersonAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean may(long accountId, Action action, long personId) {
        return jdbc.sql("select count(*) from identity_account where id = ? and person_id = ?")
                .params(accountId, personId).query(Long.class).single() > 0;
    }

    @Override
    public List<Long> personsFor(long accountId, Action action) {
        return List.of();
    }
}
