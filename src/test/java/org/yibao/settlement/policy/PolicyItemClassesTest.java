package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yibao.settlement.policy.PersonCategory.EMPLOYED;
import static org.yibao.settlement.policy.PersonCategory.RESIDENT;
import static org.yibao.settlement.policy.PolicyFixtures.a;
import static org.yibao.settlement.policy.PolicyFixtures.b;
import static org.yibao.settlement.policy.PolicyFixtures.c;
import static org.yibao.settlement.policy.PolicyFixtures.capped;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yibao.catalog.ItemClass;
import org.yibao.common.Money;

/**
 * Item classes, price caps, rounding, {@code setldetail} lines and accumulator deltas, by hand. Employees' chronic
 * care (14: no deductible, 80 %) keeps the arithmetic short.
 */
class PolicyItemClassesTest {

    private static PolicyResult employeeChronic(FeeItem... items) {
        return calc("310", EMPLOYED, "14", 1, YearToDate.NONE, items);
    }

    private static PolicyResult calc(String insutype, PersonCategory cat, String medType, int level, YearToDate ytd,
                                     FeeItem... items) {
        return PolicyEngine.calculate(new VisitFacts(medType, level, "130200", 2026),
                new PersonFacts(insutype, cat, 0, 1), List.of(items), ytd,
                PolicyFixtures.rule(insutype, cat, medType, level));
    }

    private static Money y(String yuan) {
        return Money.ofYuan(yuan);
    }

    @Test
    void classBPaysItsPrepaidShareFirstThenTheRestIsInScope() {
        // 乙类 200: 先行自付 200 × 10 % = 20, in scope 180, fund 180 × 80 % = 144, person 200 − 144 = 56
        PolicyResult r = employeeChronic(b("200"));
        assertThat(r.preselfpayAmt()).isEqualTo(y("20.00"));
        assertThat(r.inscpScpAmt()).isEqualTo(y("180.00"));
        assertThat(r.hifpPay()).isEqualTo(y("144.00"));
        assertThat(r.psnPartAmt()).isEqualTo(y("56.00"));
    }

    @Test
    void classAAbovePriceCapIsSelfPaidAboveTheCap() {
        // 甲类 3 × 120 with cap 100: total 360, 超限价 (120 − 100) × 3 = 60, in scope 300, fund 240, person 120
        PolicyResult r = employeeChronic(capped(ItemClass.A, "120", "100", 3));
        assertThat(r.medfeeSumamt()).isEqualTo(y("360.00"));
        assertThat(r.overlmtSelfpay()).isEqualTo(y("60.00"));
        assertThat(r.inscpScpAmt()).isEqualTo(y("300.00"));
        assertThat(r.hifpPay()).isEqualTo(y("240.00"));
        assertThat(r.psnPartAmt()).isEqualTo(y("120.00"));
    }

    @Test
    void classBAbovePriceCapPaysPrepaidShareOfTheInCapAmountOnly() {
        // 乙类 2 × 120 with cap 100: total 240, 超限价 40, in cap 200, 先行自付 20, in scope 180
        PolicyResult r = employeeChronic(capped(ItemClass.B, "120", "100", 2));
        assertThat(r.items().get(0)).isEqualTo(new ItemSplit("X", y("240.00"), Money.ZERO, y("40.00"), y("20.00"),
                y("180.00")));
    }

    @Test
    void classCIsFullySelfPaid() {
        // 丙类 300 + 甲类 100: fully self-paid 300, in scope 100, fund 80, person 400 − 80 = 320
        PolicyResult r = employeeChronic(c("300"), a("100"));
        assertThat(r.fulamtOwnpayAmt()).isEqualTo(y("300.00"));
        assertThat(r.inscpScpAmt()).isEqualTo(y("100.00"));
        assertThat(r.hifpPay()).isEqualTo(y("80.00"));
        assertThat(r.psnPartAmt()).isEqualTo(y("320.00"));
    }

    @Test
    void eachStepRoundsHalfUpToTheFen() {
        // 乙类 33.35: 先行自付 3.335 → 3.34, in scope 30.01, fund 30.01 × 0.8 = 24.008 → 24.01
        PolicyResult r = employeeChronic(b("33.35"));
        assertThat(r.preselfpayAmt()).isEqualTo(y("3.34"));
        assertThat(r.hifpPay()).isEqualTo(y("24.01"));
        // 甲类 0.33 × 2.5 = 0.825 → 0.83; fund 0.83 × 0.8 = 0.664 → 0.66
        FeeItem half = new FeeItem("A", ItemClass.A, new BigDecimal("2.5"), y("0.33"), null, BigDecimal.ZERO);
        assertThat(employeeChronic(half).hifpPay()).isEqualTo(y("0.66"));
    }

    @Test
    void oneSetldetailLinePerFundWithThePayableLimitLeft() {
        // resident outpatient, 380 of cap 400 paid: limit left 20, fund min(100 × 0.6, 20) = 20
        PolicyResult r = calc("390", RESIDENT, "11", 1, new YearToDate(Money.ZERO, y("380")), a("100"));
        assertThat(r.setldetail()).containsExactly(new FundLine("390100", y("100.00"), y("20.00"), y("20.00")));
        assertThat(r.poolPropSelfpay()).isEqualTo(y("80.00"));
    }

    @Test
    void yearlyDeductibleAccumulatesButPerStayDeductibleDoesNot() {
        // employee outpatient 500: deductible 200 and fund 210 are added to 11/310100
        PolicyResult outpatient = calc("310", EMPLOYED, "11", 1, YearToDate.NONE, a("500"));
        assertThat(outpatient.delta()).isEqualTo(new AccumulatorDelta("11", "310100", y("200"), y("210")));
        // employee inpatient level 1 10000: per-stay deductible 200 is not added, fund 8820 is
        PolicyResult inpatient = calc("310", EMPLOYED, "21", 1, YearToDate.NONE, a("10000"));
        assertThat(inpatient.delta()).isEqualTo(new AccumulatorDelta("21", "310100", Money.ZERO, y("8820")));
    }

    @Test
    void pharmacyPurchaseHasNoFundLineAndNoAccumulatorDelta() {
        // 甲类 100 + 乙类 50 at a pharmacy: 先行自付 5, in scope 145, fund 0, person 150
        PolicyResult r = calc("310", EMPLOYED, "41", 0, YearToDate.NONE, a("100"), b("50"));
        assertThat(r.inscpScpAmt()).isEqualTo(y("145.00"));
        assertThat(r.fundPaySumamt()).isEqualTo(Money.ZERO);
        assertThat(r.psnPartAmt()).isEqualTo(y("150.00"));
        assertThat(r.setldetail()).isEmpty();
        assertThat(r.delta()).isNull();
    }

    @Test
    void aCapAlreadyExceededPaysNothing() {
        // employee outpatient with 2100 paid of cap 2000 (parameters lowered mid-year): nothing left
        PolicyResult r = calc("310", EMPLOYED, "11", 1, new YearToDate(y("200"), y("2100")), a("100"));
        assertThat(r.hifpPay()).isEqualTo(Money.ZERO);
        assertThat(r.psnPartAmt()).isEqualTo(y("100.00"));
    }
}
