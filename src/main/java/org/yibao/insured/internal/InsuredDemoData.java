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
        person("郑晓雯", "130203199405201223", "13800000012", "T00000006", card)
                .period("130200", "310", PersonType.EMPLOYED, "1", jan1(y - 6), null, "130200000101");
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
        regionParameters(y);
        contributions(y);
    }

    /** Resident premium 400.00 + subsidy 700.00 in every demo region; only 保定 reviews enrollments at the agency. */
    private void regionParameters(int y) {
        for (String region : new String[] {"130200", "130600", "341100", "360600", "110000"}) {
            for (int year = y - 15; year <= y + 1; year++) {
                jdbc.sql("""
                        insert into insured_region_parameter (region_code, year, resident_individual_fen,
                                                              resident_subsidy_fen, enrollment_review)
                        values (?, ?, 40000, 70000, ?) on conflict do nothing""")
                        .params(region, year, "130600".equals(region) ? "AGENCY" : "AUTO").update();
            }
        }
    }

    /**
     * A contribution history for everybody: employees monthly (employer 8 %, personal 2 % of a base that grew
     * 5 % a year, the personal part credited to the account) until retirement or suspension, residents 400.00 a
     * year with the fiscal subsidy, up to this year.
     */
    private void contributions(int y) {
        LocalDate lastMonth = BusinessTime.today(clock).withDayOfMonth(1).minusMonths(1);
        employee("130203197503121017", "130200", jan1(y - 25), lastMonth, 650_000);
        employee("130203199405201223", "130200", jan1(y - 6), lastMonth, 520_000);
        employee("130203194801051033", "130200", jan1(y - 40), LocalDate.of(2008, 1, 1), 300_000);
        employee("130203198209151519", "130200", jan1(y - 15), LocalDate.of(y, 5, 1), 580_000);
        employee("130203198209151519", "130600", LocalDate.of(y, 6, 1), lastMonth, 600_000);
        employee("341102199304301223", "341100", jan1(y - 8), lastMonth, 720_000);
        employee("360602199008081318", "360600", jan1(y - 10), lastMonth, 520_000);
        employee("110108198501021423", "110000", jan1(y - 15), lastMonth, 1_100_000);
        resident("130203197706181028", "130200", y - 10, y);
        resident("130203201609091046", "130200", y - 9, y);
        resident("130602198807211118", "130600", y - 10, y);
        resident("130602195602141124", "130600", y - 12, y);
        resident("360602194307111326", "360600", y - 15, y);
    }

    private void employee(String idNumber, String region, LocalDate from, LocalDate to, long baseNowFen) {
        if (to.isBefore(from)) {
            return;
        }
        int y = BusinessTime.today(clock).getYear();
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
                select p.id, :region, '310', extract(year from m)::int, extract(month from m)::int, b.base,
                       round(b.base * 0.08), round(b.base * 0.02), round(b.base * 0.02), 'EMPLOYER', 'PAID',
                       (m + interval '1 month' - interval '1 day')::date
                from insured_person p,
                     generate_series(cast(:from as date), cast(:to as date), interval '1 month') m,
                     lateral (select round(:base * greatest(0.4, 1 - 0.05 * (:year - extract(year from m))))::bigint as base) b
                where p.id_number = :id
                on conflict do nothing""")
                .param("region", region).param("from", from).param("to", to).param("base", baseNowFen)
                .param("year", y).param("id", idNumber).update();
    }

    private void resident(String idNumber, String region, int fromYear, int toYear) {
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                                                  personal_fen, subsidy_fen, channel, status, paid_on)
                select p.id, :region, '390', yr, 0, 40000, 70000, 'TAX', 'PAID', make_date(yr - 1, 11, 15)
                from insured_person p, generate_series(:from, :to) yr
                where p.id_number = :id
                on conflict do nothing""")
                .param("region", region).param("from", fromYear).param("to", toYear).param("id", idNumber).update();
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
