package org.yibao.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO.md's citizen accounts (password Yibao2025; real-name done for every insured one) and staff users, among
 * them one cashier per demo institution (cashier-code, password Cashier2025).
 * Runs after the insured persons are loaded; loading twice changes nothing and hashes nothing twice.
 */
@Component
@Profile("demo")
@Order(30)
class IdentityDemoData implements ApplicationRunner {

    static final String CITIZEN_PASSWORD = "Yibao2025";

    /** phone, ID number of the linked person (null: account only), real-name method. */
    private static final String[][] ACCOUNTS = {
            {"13800000001", "130203197503121017", "EVOUCHER"},
            {"13800000002", "130203197706181028", "EVOUCHER"},
            {"13800000011", "130203198209151519", "SOCIAL_CARD"},
            {"13800000012", "130203199405201223", "EVOUCHER"},
            {"13800000005", "130602198807211118", "EVOUCHER"},
            {"13800000008", null, null},
            {"13800000007", "341102199304301223", "EVOUCHER"},
            {"13800000009", "360602199008081318", "EVOUCHER"},
            {"13800000010", "110108198501021423", "EVOUCHER"},
    };

    /** login, password, display name, role, region. */
    private static final String[][] STAFF = {
            {"clerk130200", "Clerk2025", "唐山经办员", "CLERK", "130200"},
            {"clerk130600", "Clerk2025", "保定经办员", "CLERK", "130600"},
            {"clerk360600", "Clerk2025", "鹰潭经办员", "CLERK", "360600"},
            {"admin", "Admin2025", "系统管理员", "ADMIN", null},
    };

    static final String CASHIER_PASSWORD = "Cashier2025";

    /** DEMO.md's seven institutions, each with its counter. */
    private static final String[] CASHIER_INSTITUTIONS = {
            "H13020300001", "H13020300002", "P13020300001", "H13060200001", "H34110200001", "H36060200001",
            "H11010800001",
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    IdentityDemoData(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String[] a : ACCOUNTS) {
            if (exists("select count(*) from identity_account where phone = ?", a[0])) {
                continue;
            }
            Long personId = a[1] == null ? null : jdbc.sql("select id from insured_person where id_number = ?")
                    .param(a[1]).query(Long.class).single();
            jdbc.sql("""
                    insert into identity_account (phone, password_hash, person_id, real_name_method, real_name_at,
                                                  created_at, password_changed_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(a[0], encoder.encode(CITIZEN_PASSWORD), personId, a[2], personId == null ? null : now, now, now)
                    .update();
        }
        for (String[] s : STAFF) {
            if (!exists("select count(*) from identity_staff where login = ?", s[0])) {
                jdbc.sql("""
                        insert into identity_staff (login, password_hash, display_name, role, region_code)
                        values (?, ?, ?, ?, ?)""")
                        .params(s[0], encoder.encode(s[1]), s[2], s[3], s[4]).update();
            }
        }
        for (String institution : CASHIER_INSTITUTIONS) {
            String login = "cashier-" + institution;
            if (!exists("select count(*) from identity_staff where login = ?", login)) {
                jdbc.sql("""
                        insert into identity_staff (login, password_hash, display_name, role, institution_code)
                        values (?, ?, ?, 'CASHIER', ?)""")
                        .params(login, encoder.encode(CASHIER_PASSWORD), "收费员" + institution.substring(8), institution)
                        .update();
            }
        }
    }

    private boolean exists(String sql, String key) {
        return jdbc.sql(sql).param(key).query(Long.class).single() > 0;
    }
}
