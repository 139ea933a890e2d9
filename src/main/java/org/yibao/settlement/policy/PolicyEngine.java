package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.util.List;
import org.yibao.common.Money;

/**
 * The money rules of one settlement as explicit, pure steps: item classification (丙类, 超限价, 先行自付) → deductible
 * → pooling ratio → yearly cap. No Spring and no database: the caller brings the parameter row, the person's
 * accumulators and the items, and stores the result. Each step rounds half-up to the fen once.
 */
public final class PolicyEngine {

    private PolicyEngine() {
    }

    public static PolicyResult calculate(VisitFacts visit, PersonFacts person, List<FeeItem> fees, YearToDate ytd,
                                         PolicyRule rule) {
        if (!rule.medType().equals(visit.medType()) || !rule.insutype().equals(person.insutype())) {
            throw new IllegalArgumentException("parameter row " + rule.id() + " does not fit the visit");
        }
        List<ItemSplit> items = fees.stream().map(ItemClassification::split).toList();
        Money total = sum(items, ItemSplit::total);
        Money inScope = sum(items, ItemSplit::inscpScpAmt);
        if (!rule.paysFund()) {
            return withoutFund(items, total, inScope);
        }
        Money deductible = deductible(rule, inScope, ytd);
        Money afterDeductible = inScope.minus(deductible);
        BigDecimal ratio = rule.ratioFor(person.continuousYears());
        Money cap = rule.capFor(person.chronicDiseases());
        Money capLeft = cap.minus(ytd.fundPaid()).max(Money.ZERO);
        Money fund = afterDeductible.times(ratio).min(capLeft);
        FundLine line = new FundLine(rule.fundType(), inScope, capLeft, fund);
        AccumulatorDelta delta = new AccumulatorDelta(rule.medType(), rule.fundType(),
                rule.deductiblePerStay() ? Money.ZERO : deductible, fund);
        return new PolicyResult(items, total, sum(items, ItemSplit::fulamtOwnpayAmt), sum(items, ItemSplit::overlmtAmt),
                sum(items, ItemSplit::preselfpayAmt), inScope, deductible, fund, afterDeductible.minus(fund), fund,
                total.minus(fund), List.of(line), ratio, cap, delta);
    }

    /**
     * The deductible applied now: what is left of the yearly deductible (or the whole per-stay deductible), never
     * more than the in-scope amount.
     */
    static Money deductible(PolicyRule rule, Money inScope, YearToDate ytd) {
        Money used = rule.deductiblePerStay() ? Money.ZERO : ytd.deductibleUsed();
        Money left = rule.deductible().minus(used).max(Money.ZERO);
        return left.min(inScope);
    }

    /** 定点药店购药: the fund pays nothing, the person carries the whole cost. */
    private static PolicyResult withoutFund(List<ItemSplit> items, Money total, Money inScope) {
        return new PolicyResult(items, total, sum(items, ItemSplit::fulamtOwnpayAmt), sum(items, ItemSplit::overlmtAmt),
                sum(items, ItemSplit::preselfpayAmt), inScope, Money.ZERO, Money.ZERO, inScope, Money.ZERO, total,
                List.of(), BigDecimal.ZERO, Money.ZERO, null);
    }

    private static Money sum(List<ItemSplit> items, java.util.function.Function<ItemSplit, Money> part) {
        return items.stream().map(part).reduce(Money.ZERO, Money::plus);
    }
}
