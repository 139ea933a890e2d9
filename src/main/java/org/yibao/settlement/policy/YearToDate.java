package org.yibao.settlement.policy;

import org.yibao.common.Money;

/** A person's accumulated figures of one year for one visit type and fund, before the current visit. */
public record YearToDate(Money deductibleUsed, Money fundPaid) {

    public static final YearToDate NONE = new YearToDate(Money.ZERO, Money.ZERO);

    public YearToDate {
        if (deductibleUsed.isNegative() || fundPaid.isNegative()) {
            throw new IllegalArgumentException("accumulators cannot be negative");
        }
    }
}
