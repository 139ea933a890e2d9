package org.yibao.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads citizen accounts for other modules and keeps the account's own preferences. */
@Service
public class CitizenAccounts {

    private final JdbcClient jdbc;

    CitizenAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CitizenAccount> find(long accountId) {
        return jdbc.sql("""
                select id, phone, person_id, real_name_method, real_name_at, large_font
                from identity_account where id = ?""")
                .param(accountId).query(CitizenAccount.class).optional();
    }

    /** The account a verified insured person is linked to, if any. */
    public Optional<CitizenAccount> findByPerson(long personId) {
        return jdbc.sql("""
                select id, phone, person_id, real_name_method, real_name_at, large_font
                from identity_account where person_id = ?""")
                .param(personId).query(CitizenAccount.class).optional();
    }

    /** 大字版 on or off, remembered on the account so it follows the citizen to other devices. */
    @Transactional
    public void rememberLargeFont(long accountId, boolean on) {
        jdbc.sql("update identity_account set large_font = ? where id = ?").params(on, accountId).update();
    }
}
