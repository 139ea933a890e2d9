package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yibao.settlement.policy.PersonCategory.EMPLOYED;
import static org.yibao.settlement.policy.PersonCategory.RESIDENT;
import static org.yibao.settlement.policy.PersonCategory.RETIRED;
import static org.yibao.settlement.policy.PolicyFixtures.a;
import static org.yibao.settlement.policy.PolicyFixtures.yuan;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yibao.common.Money;

/**
 * Every row of DEMO.md's policy table, computed by hand: deductible applied now, fund payment and person's part
 * (amounts in yuan). Baskets here are 甲类 only, so the in-scope amount is the total; item classes have their own test.
 */
class PolicyEngineTest {

    record Case(String rule, String insutype, PersonCategory category, String medType, int level, int years,
                int diseases, long ytdDeductible, long ytdFund, String total, String deductible, String fund,
                String person) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Case> demoTable() {
        return Stream.of(
                // 11 · 390: no deductible, 60 %: 100 × 0.60 = 60
                new Case("resident outpatient pays 60 percent without deductible", "390", RESIDENT, "11", 2, 0, 0, 0, 0, "100", "0", "60.00", "40.00"),
                // cap 400, 380 paid: 100 × 0.60 = 60 > 400 − 380 = 20 → 20
                new Case("resident outpatient cap reached mid-visit pays only the remainder", "390", RESIDENT, "11", 1, 0, 0, 0, 380, "100", "0", "20.00", "80.00"),
                // 310 in service level 1: (500 − 200) × 0.70 = 210
                new Case("employee outpatient level 1 deductible 200 then 70 percent", "310", EMPLOYED, "11", 1, 0, 0, 0, 0, "500", "200", "210.00", "290.00"),
                // level 2: 300 × 0.60 = 180
                new Case("employee outpatient level 2 pays 60 percent", "310", EMPLOYED, "11", 2, 0, 0, 0, 0, "500", "200", "180.00", "320.00"),
                // level 3: 300 × 0.50 = 150
                new Case("employee outpatient level 3 pays 50 percent", "310", EMPLOYED, "11", 3, 0, 0, 0, 0, "500", "200", "150.00", "350.00"),
                // 150 of the yearly deductible used: 50 left; (500 − 50) × 0.70 = 315
                new Case("employee outpatient deductible accumulates over the year", "310", EMPLOYED, "11", 1, 0, 0, 150, 0, "500", "50", "315.00", "185.00"),
                // 150 < deductible 200: all of it is deductible, fund 0
                new Case("employee outpatient below the deductible pays nothing", "310", EMPLOYED, "11", 1, 0, 0, 0, 0, "150", "150", "0.00", "150.00"),
                // cap 2000, 1900 paid: 1000 × 0.70 = 700 > 100 → 100
                new Case("employee outpatient cap 2000 reached mid-visit", "310", EMPLOYED, "11", 1, 0, 0, 200, 1900, "1000", "0", "100.00", "900.00"),
                // retired level 1: 70 + 10 = 80 %: 300 × 0.80 = 240
                new Case("retired outpatient level 1 gets plus 10 points", "310", RETIRED, "11", 1, 0, 0, 0, 0, "500", "200", "240.00", "260.00"),
                // retired level 3: 50 + 10 = 60 %: 300 × 0.60 = 180
                new Case("retired outpatient level 3 gets plus 10 points", "310", RETIRED, "11", 3, 0, 0, 0, 0, "500", "200", "180.00", "320.00"),
                // retired cap 3000, 2950 paid: 100 × 0.80 = 80 > 50 → 50
                new Case("retired outpatient cap is 3000", "310", RETIRED, "11", 1, 0, 0, 200, 2950, "100", "0", "50.00", "50.00"),
                // 14 · 390: (1000 − 500) × 0.70 = 350
                new Case("resident chronic deductible 500 then 70 percent", "390", RESIDENT, "14", 2, 0, 1, 0, 0, "1000", "500", "350.00", "650.00"),
                // one disease, cap 1500, 1400 paid: 1000 × 0.70 = 700 > 100 → 100
                new Case("resident chronic one disease cap 1500", "390", RESIDENT, "14", 2, 0, 1, 500, 1400, "1000", "0", "100.00", "900.00"),
                // two diseases, cap 3000, 1400 paid: 700 ≤ 1600 → 700
                new Case("resident chronic two diseases cap 3000 instead of 1500", "390", RESIDENT, "14", 2, 0, 2, 500, 1400, "1000", "0", "700.00", "300.00"),
                // three diseases, 2900 paid: 700 > 100 → 100
                new Case("resident chronic three diseases cap 3000 reached mid-visit", "390", RESIDENT, "14", 2, 0, 3, 500, 2900, "1000", "0", "100.00", "900.00"),
                // 14 · 310: no deductible, 1000 × 0.80 = 800
                new Case("employee chronic no deductible 80 percent", "310", EMPLOYED, "14", 3, 0, 1, 0, 0, "1000", "0", "800.00", "200.00"),
                // cap 5000, 4900 paid: 800 > 100 → 100
                new Case("employee chronic cap 5000 reached mid-visit", "310", EMPLOYED, "14", 3, 0, 1, 0, 4900, "1000", "0", "100.00", "900.00"),
                // 21 · 390 level 1: (10000 − 200) × 0.85 = 8330
                new Case("resident inpatient level 1 deductible 200 then 85 percent", "390", RESIDENT, "21", 1, 0, 0, 0, 0, "10000", "200", "8330.00", "1670.00"),
                // level 2: (10000 − 500) × 0.75 = 7125
                new Case("resident inpatient level 2 deductible 500 then 75 percent", "390", RESIDENT, "21", 2, 0, 0, 0, 0, "10000", "500", "7125.00", "2875.00"),
                // level 3: (10000 − 800) × 0.60 = 5520
                new Case("resident inpatient level 3 deductible 800 then 60 percent", "390", RESIDENT, "21", 3, 4, 0, 0, 0, "10000", "800", "5520.00", "4480.00"),
                // 5 years: 60 + 5 = 65 %: 9200 × 0.65 = 5980
                new Case("resident inpatient 5 continuous years add 5 points", "390", RESIDENT, "21", 3, 5, 0, 0, 0, "10000", "800", "5980.00", "4020.00"),
                // 10 years: 60 + 10 = 70 %: 9200 × 0.70 = 6440
                new Case("resident inpatient 10 continuous years add 10 points", "390", RESIDENT, "21", 3, 10, 0, 0, 0, "10000", "800", "6440.00", "3560.00"),
                // 20 years: still at most + 10 → 6440
                new Case("resident inpatient 20 continuous years add at most 10 points", "390", RESIDENT, "21", 3, 20, 0, 0, 0, "10000", "800", "6440.00", "3560.00"),
                // the per-stay deductible applies again although 800 were used this year: 5520
                new Case("resident inpatient deductible is per stay not per year", "390", RESIDENT, "21", 3, 0, 0, 800, 0, "10000", "800", "5520.00", "4480.00"),
                // cap 120000, 119000 paid: 8330 > 1000 → 1000
                new Case("resident inpatient cap 120000 reached mid-visit", "390", RESIDENT, "21", 1, 0, 0, 0, 119000, "10000", "200", "1000.00", "9000.00"),
                // 21 · 310 level 1: (10000 − 200) × 0.90 = 8820
                new Case("employee inpatient level 1 deductible 200 then 90 percent", "310", EMPLOYED, "21", 1, 0, 0, 0, 0, "10000", "200", "8820.00", "1180.00"),
                // level 2: (10000 − 400) × 0.85 = 8160
                new Case("employee inpatient level 2 deductible 400 then 85 percent", "310", EMPLOYED, "21", 2, 0, 0, 0, 0, "10000", "400", "8160.00", "1840.00"),
                // level 3: (10000 − 600) × 0.80 = 7520
                new Case("employee inpatient level 3 deductible 600 then 80 percent", "310", EMPLOYED, "21", 3, 0, 0, 0, 0, "10000", "600", "7520.00", "2480.00"),
                // retired level 1: 90 + 5 = 95 %: 9800 × 0.95 = 9310
                new Case("retired inpatient level 1 gets plus 5 points", "310", RETIRED, "21", 1, 0, 0, 0, 0, "10000", "200", "9310.00", "690.00"),
                // retired level 3: 80 + 5 = 85 %: 9400 × 0.85 = 7990
                new Case("retired inpatient level 3 gets plus 5 points", "310", RETIRED, "21", 3, 0, 0, 0, 0, "10000", "600", "7990.00", "2010.00"),
                // cap 150000, 149000 paid: 8820 > 1000 → 1000
                new Case("employee inpatient cap 150000 reached mid-visit", "310", EMPLOYED, "21", 1, 0, 0, 0, 149000, "10000", "200", "1000.00", "9000.00"),
                // 41: the fund pays nothing, all 100 is the person's
                new Case("pharmacy purchase employee gets no fund payment", "310", EMPLOYED, "41", 0, 0, 0, 0, 0, "100", "0", "0.00", "100.00"),
                new Case("pharmacy purchase resident gets no fund payment", "390", RESIDENT, "41", 0, 0, 0, 0, 0, "100", "0", "0.00", "100.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoTable")
    void eachRowOfTheDemoTablePaysWhatWasComputedByHand(Case c) {
        PolicyResult r = PolicyEngine.calculate(new VisitFacts(c.medType(), c.level(), "130200", 2026),
                new PersonFacts(c.insutype(), c.category(), c.years(), c.diseases()), List.of(a(c.total())),
                new YearToDate(yuan(c.ytdDeductible()), yuan(c.ytdFund())),
                PolicyFixtures.rule(c.insutype(), c.category(), c.medType(), c.level()));

        assertThat(r.medfeeSumamt()).isEqualTo(Money.ofYuan(c.total()));
        assertThat(r.actPayDedc()).isEqualTo(Money.ofYuan(c.deductible()));
        assertThat(r.hifpPay()).isEqualTo(Money.ofYuan(c.fund()));
        assertThat(r.fundPaySumamt()).isEqualTo(Money.ofYuan(c.fund()));
        assertThat(r.psnPartAmt()).isEqualTo(Money.ofYuan(c.person()));
    }
}
