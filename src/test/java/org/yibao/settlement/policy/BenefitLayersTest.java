package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yibao.settlement.policy.PolicyFixtures.a;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yibao.common.Money;

/**
 * 大病保险、职工大额与医疗救助，按 DEMO 参数逐个边界手算（金额以元）：起付线上下一分钱、每段的两端、跨年度累计的分段、年度封顶，
 * 以及三层合在一次结算里各行相加等于基金合计。
 */
class BenefitLayersTest {

    record Case(String rule, String fundType, @Nullable String assistanceClass, String countedBefore, String amount,
                String paidBefore, String pays) {
        @Override
        public String toString() {
            return rule;
        }

        String insutypeFor() {
            return "330100".equals(fundType) ? "310" : "390";
        }
    }

    static Stream<Case> boundaries() {
        return Stream.of(
                // 居民大病: 起付线 15000; above it 0–50000 60 %, 50000–100000 65 %, above 70 %; cap 400000
                new Case("critical pays nothing up to its threshold", "390200", null, "0", "15000", "0", "0.00"),
                // 0.01 × 60 % = 0.006 yuan = 0.6 fen → 1 fen
                new Case("critical pays from the first fen above its threshold", "390200", null, "0", "15000.01", "0", "0.01"),
                new Case("critical pays 60 percent up to the end of its first band", "390200", null, "0", "65000", "0", "30000.00"),
                // 30000 + 0.01 × 65 % = 0.65 fen → 1 fen
                new Case("critical pays 65 percent from the second band", "390200", null, "0", "65000.01", "0", "30000.01"),
                // 30000 + 50000 × 65 % = 62500
                new Case("critical pays 65 percent up to the end of its second band", "390200", null, "0", "115000", "0", "62500.00"),
                // 62500 + 0.01 × 70 % = 0.7 fen → 1 fen
                new Case("critical pays 70 percent above its second band", "390200", null, "0", "115000.01", "0", "62500.01"),
                // counted 14000 before: 1000 above the threshold × 60 % = 600
                new Case("critical threshold accumulates over the year", "390200", null, "14000", "2000", "0", "600.00"),
                // counted 60000 before: 45000…55000 above the threshold: 5000 × 60 % + 5000 × 65 % = 6250
                new Case("critical visit across two bands pays each at its ratio", "390200", null, "60000", "10000", "0", "6250.00"),
                // 30000 + 32500 + 885000 × 70 % = 682000 > 400000
                new Case("critical pays at most its yearly cap", "390200", null, "0", "1000000", "0", "400000.00"),
                new Case("critical cap reached mid-visit pays only the remainder", "390200", null, "0", "115000", "399000", "1000.00"),
                new Case("critical cap used up pays nothing", "390200", null, "0", "115000", "400000", "0.00"),
                // 职工大额: 起付线 20000, 80 % up to 100000 above it, then 85 %; cap 300000
                new Case("employee large amount pays nothing up to its threshold", "330100", null, "0", "20000", "0", "0.00"),
                new Case("employee large amount pays 80 percent in its first band", "330100", null, "0", "120000", "0", "80000.00"),
                // 80000 + 100000 × 85 %
                new Case("employee large amount pays 85 percent above its first band", "330100", null, "0", "220000", "0", "165000.00"),
                // 医疗救助: 特困 100 % cap 60000; 低保 70 % cap 50000; 低收入 起付线 5000, 60 %, cap 30000
                new Case("assistance pays all for extreme poverty", "610100", "EXTREME", "0", "1234.56", "0", "1234.56"),
                new Case("assistance pays 70 percent for subsistence allowance", "610100", "SUBSISTENCE", "0", "1000", "0", "700.00"),
                new Case("assistance low income pays nothing up to its threshold", "610100", "LOW_INCOME", "0", "5000", "0", "0.00"),
                // counted 4000 before: 2000 above 5000 × 60 %
                new Case("assistance low income threshold accumulates over the year", "610100", "LOW_INCOME", "4000", "3000", "0", "1200.00"),
                // 95000 × 60 % = 57000 > 30000
                new Case("assistance low income pays at most its yearly cap", "610100", "LOW_INCOME", "0", "100000", "0", "30000.00"),
                new Case("assistance extreme poverty cap reached mid-visit", "610100", "EXTREME", "0", "5000", "59000", "1000.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void eachLayerBoundaryPaysWhatWasComputedByHand(Case c) {
        LayerRule rule = rule(c.insutypeFor(), c.fundType(), c.assistanceClass());
        assertThat(rule.pay(Money.ofYuan(c.countedBefore()), Money.ofYuan(c.amount()), Money.ofYuan(c.paidBefore())))
                .isEqualTo(Money.ofYuan(c.pays()));
    }

    @Test
    void aLargeResidentStayShowsBasicCriticalAndAssistanceLinesThatAddUp() {
        // 居民住院一级: (100000 − 200) × 85 % = 84830 统筹; 个人政策内负担 15170; 大病 (15170 − 15000) × 60 % = 102;
        // 低保救助 (15170 − 102) × 70 % = 10547.60; 基金合计 95479.60, 个人 4520.40.
        PolicyResult basic = PolicyEngine.calculate(new VisitFacts("21", 1, "130200", 2026),
                new PersonFacts("390", PersonCategory.RESIDENT, 0, 0), List.of(a("100000")), YearToDate.NONE,
                PolicyFixtures.rule("390", PersonCategory.RESIDENT, "21", 1));
        LayeredResult r = BenefitLayers.apply(basic, rule("390", "390200", null),
                rule("390", "610100", "SUBSISTENCE"), new YearAccumulators(1, 2026, Map.of()));

        assertThat(r.result().hifpPay()).isEqualTo(Money.ofYuan("84830.00"));
        assertThat(r.hifmiPay()).isEqualTo(Money.ofYuan("102.00"));
        assertThat(r.hifobPay()).isEqualTo(Money.ZERO);
        assertThat(r.mafPay()).isEqualTo(Money.ofYuan("10547.60"));
        assertThat(r.result().fundPaySumamt()).isEqualTo(Money.ofYuan("95479.60"));
        assertThat(r.result().psnPartAmt()).isEqualTo(Money.ofYuan("4520.40"));
        assertThat(r.result().setldetail()).extracting(FundLine::fundPayType, FundLine::fundPayamt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("390100", Money.ofYuan("84830.00")),
                org.assertj.core.groups.Tuple.tuple("390200", Money.ofYuan("102.00")),
                org.assertj.core.groups.Tuple.tuple("610100", Money.ofYuan("10547.60")));
        assertThat(r.result().setldetail().stream().map(FundLine::fundPayamt).reduce(Money.ZERO, Money::plus))
                .isEqualTo(r.result().fundPaySumamt());
        assertThat(r.layerDeltas()).extracting(d -> d.delta().deductible(), d -> d.delta().fundPaid()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Money.ofYuan("15170.00"), Money.ofYuan("102.00")),
                org.assertj.core.groups.Tuple.tuple(Money.ofYuan("15068.00"), Money.ofYuan("10547.60")));
    }

    @Test
    void anEmployeeAboveTheBasicCapIsPaidByTheLargeAmountSubsidyAndExtremePovertyAssistanceToTheLastFen() {
        // 职工住院一级: (250000 − 200) × 90 % = 224820 > 年度限额 150000 → 150000; 个人政策内负担 100000;
        // 大额 (100000 − 20000) × 80 % = 64000; 特困救助 36000 × 100 % = 36000 ≤ 60000; 个人 0.
        PolicyResult basic = PolicyEngine.calculate(new VisitFacts("21", 1, "130200", 2026),
                new PersonFacts("310", PersonCategory.EMPLOYED, 0, 0), List.of(a("250000")), YearToDate.NONE,
                PolicyFixtures.rule("310", PersonCategory.EMPLOYED, "21", 1));
        LayeredResult r = BenefitLayers.apply(basic, rule("310", "330100", null), rule("310", "610100", "EXTREME"),
                new YearAccumulators(1, 2026, Map.of()));

        assertThat(r.result().hifpPay()).isEqualTo(Money.ofYuan("150000.00"));
        assertThat(r.hifobPay()).isEqualTo(Money.ofYuan("64000.00"));
        assertThat(r.hifmiPay()).isEqualTo(Money.ZERO);
        assertThat(r.mafPay()).isEqualTo(Money.ofYuan("36000.00"));
        assertThat(r.result().psnPartAmt()).isEqualTo(Money.ZERO);
    }

    @Test
    void aPersonWithoutAssistanceStatusAndBelowTheThresholdKeepsOnlyTheBasicLine() {
        PolicyResult basic = PolicyEngine.calculate(new VisitFacts("21", 1, "130200", 2026),
                new PersonFacts("390", PersonCategory.RESIDENT, 0, 0), List.of(a("10000")), YearToDate.NONE,
                PolicyFixtures.rule("390", PersonCategory.RESIDENT, "21", 1));
        LayeredResult r = BenefitLayers.apply(basic, rule("390", "390200", null), null,
                new YearAccumulators(1, 2026, Map.of()));

        assertThat(r.result()).isEqualTo(basic);
        assertThat(r.layerDeltas()).singleElement().satisfies(d -> assertThat(d.delta().fundPaid()).isEqualTo(Money.ZERO));
    }

    static LayerRule rule(String insutype, String fundType, @Nullable String assistanceClass) {
        LayerParameterDemoData.Row row = LayerParameterDemoData.rows().stream()
                .filter(r -> r.insutype().equals(insutype) && r.fundType().equals(fundType)
                        && java.util.Objects.equals(r.assistanceClass(), assistanceClass))
                .findFirst().orElseThrow();
        LayerValues v = LayerParameterDemoData.values(row);
        return new LayerRule(1, "130200", 2026, insutype, fundType, assistanceClass, v.threshold(), v.band1Upto(),
                v.band1Ratio(), v.band2Upto(), v.band2Ratio(), v.topRatio(), v.yearlyCap(), 1);
    }
}
