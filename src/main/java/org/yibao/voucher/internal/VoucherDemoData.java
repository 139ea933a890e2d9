package org.yibao.voucher.internal;

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

/** Active e-vouchers of DEMO.md (password 135790), activated on the national platform's app. */
@Component
@Profile("demo")
@Order(25)
class VoucherDemoData implements ApplicationRunner {

    static final String PASSWORD = "135790";
    private static final String[] ACTIVE = {
            "130203197503121017", "130203197706181028", "130602198807211118",
            "341102199304301223", "360602199008081318", "110108198501021423", "130203199405201223",
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    VoucherDemoData(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OffsetDateTime activated = OffsetDateTime.now(clock).minusYears(1);
        for (String idNumber : ACTIVE) {
            long personId = jdbc.sql("select id from insured_person where id_number = ?").param(idNumber)
                    .query(Long.class).single();
            if (jdbc.sql("select count(*) from voucher_evoucher where person_id = ?").param(personId)
                    .query(Long.class).single() > 0) {
                continue;
            }
            jdbc.sql("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at)
                    values (?, 'ACTIVE', ?, ?)""").params(personId, encoder.encode(PASSWORD), activated).update();
            jdbc.sql("insert into voucher_activation_channel (person_id, channel, activated_at) values (?, 'NHSA_APP', ?)")
                    .params(personId, activated).update();
        }
    }
}
