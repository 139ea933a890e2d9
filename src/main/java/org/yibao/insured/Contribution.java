package org.yibao.insured;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * One contribution (缴费记录): a month of an employee (base, employer and personal parts, the part credited to the
 * personal account) or a year of a resident ({@code month} 0: individual part and fiscal subsidy).
 */
public record Contribution(String regionCode, String insutype, int year, int month, Money base, Money employer,
                           Money personal, Money account, Money subsidy, String channel, String status,
                           @Nullable LocalDate paidOn) {

    public boolean isYearly() {
        return month == 0;
    }

    /** Everything paid for the period, by whoever paid it. */
    public Money total() {
        return employer.plus(personal).plus(subsidy);
    }
}
