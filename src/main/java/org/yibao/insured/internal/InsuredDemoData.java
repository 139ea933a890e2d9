package org.yibao.insured.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.insured.PersonType;

/**
 * DEMO.md's insured people, employers, insurance relationships and social security cards. Dates are relative to
 * the current year Y. Loading twice changes nothing. Social security card password of every demo card: 246810.
 */
@Component
@Profile("demo")
@Order(20)
class InsuredDemoData implements ApplicationRunner {

    static final String CARD_PASSWORD = "246810";

    private static final String[][] EMPLOYERS = {
            {"130200000101", "唐山示范钢铁有限公司", "130200"},
            {"130600000101", "保定示范机械有限公司", "130600"},
            {"341100000101", "滁州示范电子有限公司", "341100"},
            {"360600000101", "鹰潭示范物流有限公司", "360600"},
            {"110000000101", "北京示范科技有限公司", "110000"},
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    InsuredDemoData(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int y = BusinessTime.today(clock).getYear();
        for (String[] e : EMPLOYERS) {
            jdbc.sql("insert into insured_employer (unit_number, name, region_code) values (?, ?, ?) on conflict do nothing")
                    .params((Object[]) e).update();
        }
        String card = encoder.encode(CARD_PASSWORD);
        person("王建国", "130203197503121017", "13800000001", "T00000001", card)
                .period("130200", "310", PersonType.EMPLOYED, "1", jan1(y - 25), null, "130200000101");
        person("李秀英", "130203197706181028", "13800000002", "T00000002", card)
                .period("130200", "390", PersonType.RESIDENT_ADULT, "1", jan1(y - 10), null, null);
        person("王小雨", "130203201609091046", null, "T00000003", card)
                .period("130200", "390", PersonType.RESIDENT_CHILD, "1", jan1(y - 9), null, null);
        person("王德福", "130203194801051033", null, "T00000004", card)
                .period("130200", "310", PersonType.RETIRED, "1", jan1(y - 40), null, null);
        person("孙强", "130203198209151519", "13800000011", "T00000005", card)
                .period("130200", "310", PersonType.EMPLOYED, "2", jan1(y - 15), LocalDate.of(y, 6, 1), "130200000101")
                .period("130600", "310", PersonType.EMPLOYED, "1", LocalDate.of(y, 6, 1), null, "130600000101");
        person("张伟", "130602198807211118", "13800000005", "B00000001", card)
                .period("130600", "390", PersonType.RESIDENT_ADULT, "1", jan1(y - 10), null, null);
        person("张桂兰", "130602195602141124", null, "B00000002", card)
                .period("130600", "390", PersonType.RESIDENT_ELDER, "1", jan1(y - 12), null, null);
        person("陈静", "341102199304301223", "13800000007", "C00000001", card)
                .period("341100", "310", PersonType.EMPLOYED, "1", jan1(y - 8), null, "341100000101");
        person("刘洋", "360602199008081318", "13800000009", "Y00000001", card)
                .period("360600", "310", PersonType.EMPLOYED, "1", jan1(y - 10), null, "360600000101");
        person("刘翠花", "360602194307111326", null, "Y00000002", card)
                .period("360600", "390", PersonType.RESIDENT_ELDER, "1", jan1(y - 15), null, null);
        person("赵敏", "110108198501021423", "13800000010", "J00000001", card)
                .period("110000", "310", PersonType.EMPLOYED, "1", jan1(y - 15), null, "110000000101");
    }

    private static LocalDate jan1(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private DemoPerson person(String name, String idNumber, String phone, String cardNumber, String cardHash) {
        IdNumber id = new IdNumber(idNumber);
        jdbc.sql("""
                insert into insured_person (id_number, name, gender, birth_date, phone)
                values (?, ?, ?, ?, ?) on conflict (id_number) do nothing""")
                .params(id.value(), name, id.gender().code(), id.birthDate(), phone).update();
        long personId = jdbc.sql("select id from insured_person where id_number = ?").param(id.value())
                .query(Long.class).single();
        jdbc.sql("""
                insert into insured_social_card (card_number, person_id, password_hash, issued_on)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(cardNumber, personId, cardHash, LocalDate.of(2018, 3, 1)).update();
        return new DemoPerson(personId);
    }

    private final class DemoPerson {
        private final long id;

        private DemoPerson(long id) {
            this.id = id;
        }

        DemoPerson period(String region, String insutype, PersonType type, String status, LocalDate begin,
                          LocalDate paused, String employer) {
            jdbc.sql("""
                    insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date, employer)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(id, region, insutype, type.code(), status, begin, paused, employer).update();
            return this;
        }
    }
}
