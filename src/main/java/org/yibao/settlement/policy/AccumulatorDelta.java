package org.yibao.settlement.policy;

import org.yibao.common.Money;

/**
 * What one settlement adds to a person's yearly accumulators: the yearly deductible it used (per-stay deductibles
 * do not count) and the fund payment, for one visit type and fund.
 */
public record AccumulatorDelta(String medType, String fundType, Money deductible, Money fundPaid) {

    public AccumulatorDelta {
        if (deductible.isNegative() || fundPaid.isNegative()) {
            throw new IllegalArgumentException("accumulator deltas cannot be negative");
        }
    }

    public boolean isZero() {
        return deductible.isZero() && fundPaid.isZero();
    }
}
