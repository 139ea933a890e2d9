package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;

/**
 * DEMO.md's policy parameter table for the five demo regions, this year and last year. A row's key is natural, so
 * loading twice changes nothing; a row created here gets version 1 in the history.
 */
@Component
@Profile("demo")
@Order(60)
class PolicyParameterDemoData implements ApplicationRunner {

    static final List<String> REGIONS = List.of("130200", "130600", "341100", "360600", "110000");

    /** One line of the table for one category and level; amounts in yuan, ratios in percent. */
    record Row(String insutype, PersonCategory category, String medType, int level, @Nullable String fundType,
               long deductible, boolean perStay, int ratio, int bonus, int bonusMax, long cap, @Nullable Long multiCap) {
    }

    private final JdbcClient jdbc;
    private final PolicyParameters parameters;
    private final Clock clock;

    PolicyParameterDemoData(JdbcClient jdbc, PolicyParameters parameters, Clock clock) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = BusinessTime.today(clock).getYear();
        for (String region : REGIONS) {
            for (int y = year - 1; y <= year; y++) {
                for (Row row : rows()) {
                    insert(region, y, row);
                }
            }
        }
    }

    static List<Row> rows() {
        List<Row> rows = new java.util.ArrayList<>();
        int[] employeeOutpatient = {70, 60, 50};
        int[] residentInpatient = {85, 75, 60};
        int[] employeeInpatient = {90, 85, 80};
        long[] residentStay = {200, 500, 800};
        long[] employeeStay = {200, 400, 600};
        for (int l = 1; l <= 3; l++) {
            int i = l - 1;
            rows.add(new Row("390", PersonCategory.RESIDENT, "11", l, "390100", 0, false, 60, 0, 0, 400, null));
            rows.add(new Row("310", PersonCategory.EMPLOYED, "11", l, "310100", 200, false, employeeOutpatient[i], 0, 0, 2000, null));
            rows.add(new Row("310", PersonCategory.RETIRED, "11", l, "310100", 200, false, employeeOutpatient[i] + 10, 0, 0, 3000, null));
            rows.add(new Row("390", PersonCategory.RESIDENT, "14", l, "390100", 500, false, 70, 0, 0, 1500, 3000L));
            rows.add(new Row("310", PersonCategory.EMPLOYED, "14", l, "310100", 0, false, 80, 0, 0, 5000, null));
            rows.add(new Row("310", PersonCategory.RETIRED, "14", l, "310100", 0, false, 80, 0, 0, 5000, null));
            rows.add(new Row("390", PersonCategory.RESIDENT, "21", l, "390100", residentStay[i], true, residentInpatient[i], 5, 10, 120000, null));
            rows.add(new Row("310", PersonCategory.EMPLOYED, "21", l, "310100", employeeStay[i], true, employeeInpatient[i], 0, 0, 150000, null));
            rows.add(new Row("310", PersonCategory.RETIRED, "21", l, "310100", employeeStay[i], true, employeeInpatient[i] + 5, 0, 0, 150000, null));
            rows.addAll(maternity(l));
        }
        for (PersonCategory c : PersonCategory.values()) {
            rows.add(new Row(c == PersonCategory.RESIDENT ? "390" : "310", c, "41", 0, null, 0, false, 0, 0, 0, 0, null));
        }
        return rows;
    }

    /**
     * 生育 (med_type 51 生育门诊, 52 生育住院) as ratio and cap: employees from the 生育保险基金 (510100) — 产前检查 paid in
     * full up to a yearly allowance of 1000, a delivery stay in full up to 5000 a year; residents from 居民统筹
     * (390100) — 产前检查 up to 500, a delivery stay at 90 % (level 1), 85 % (2), 80 % (3) up to 3000. No deductible.
     */
    private static List<Row> maternity(int level) {
        int[] residentStay = {90, 85, 80};
        return List.of(
                new Row("310", PersonCategory.EMPLOYED, "51", level, "510100", 0, false, 100, 0, 0, 1000, null),
                new Row("310", PersonCategory.EMPLOYED, "52", level, "510100", 0, true, 100, 0, 0, 5000, null),
                new Row("390", PersonCategory.RESIDENT, "51", level, "390100", 0, false, 100, 0, 0, 500, null),
                new Row("390", PersonCategory.RESIDENT, "52", level, "390100", 0, true, residentStay[level - 1], 0, 0,
                        3000, null));
    }

    private void insert(String region, int year, Row r) {
        ParameterValues v = new ParameterValues(Money.ofFen(r.deductible() * 100), percent(r.ratio()),
                percent(r.bonus()), percent(r.bonusMax()), Money.ofFen(r.cap() * 100),
                r.multiCap() == null ? null : Money.ofFen(r.multiCap() * 100));
        jdbc.sql("""
                insert into settlement_policy_parameter (region_code, year, insutype, category, med_type, level,
                    fund_type, deductible_fen, deductible_per_stay, ratio, bonus_per_five_years, bonus_max,
                    yearly_cap_fen, multi_disease_cap_fen, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (region_code, year, insutype, category, med_type, level) do nothing returning id""")
                .params(region, year, r.insutype(), r.category().name(), r.medType(), r.level(), r.fundType(),
                        v.deductible().fen(), r.perStay(), v.ratio(), v.bonusPerFiveYears(), v.bonusMax(),
                        v.yearlyCap().fen(), v.multiDiseaseCap() == null ? null : v.multiDiseaseCap().fen())
                .query(Long.class).optional()
                .ifPresent(id -> parameters.recordVersion(id, 1, v, "system", "DEMO.md policy parameter table"));
    }

    private static BigDecimal percent(int p) {
        return BigDecimal.valueOf(p).movePointLeft(2).setScale(4);
    }
}
