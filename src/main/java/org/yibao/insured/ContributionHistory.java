package org.yibao.insured;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The months a person was covered by paid contributions, whatever the insurance type (a resident year covers its
 * twelve months; switching between 职工 and 居民 does not break continuity). Answers the continuity rules:
 * years of continuous contribution (inpatient bonus) and the resident waiting period of 国办发〔2024〕38号.
 */
public final class ContributionHistory {

    /** 固定待遇等待期 for late or broken enrollment. */
    static final int FIXED_WAITING_MONTHS = 3;

    private final NavigableSet<YearMonth> covered;

    private ContributionHistory(NavigableSet<YearMonth> covered) {
        this.covered = covered;
    }

    public static ContributionHistory of(Collection<YearMonth> employeeMonths, Collection<Integer> residentYears) {
        NavigableSet<YearMonth> months = new TreeSet<>(employeeMonths);
        for (int year : residentYears) {
            for (int m = 1; m <= 12; m++) {
                months.add(YearMonth.of(year, m));
            }
        }
        return new ContributionHistory(months);
    }

    /**
     * Full years of contribution without a gap, counted back from the current month or the month before it
     * (employees pay for the past month); zero when the chain does not reach today.
     */
    public int continuousYears(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        if (!covered.contains(month)) {
            month = month.minusMonths(1);
        }
        int months = 0;
        while (covered.contains(month)) {
            months++;
            month = month.minusMonths(1);
        }
        return months / 12;
    }

    /**
     * Months a resident waits for benefits in {@code coverageYear}: none when the previous year was covered or for
     * a newborn; three for a first enrollment, or after a break, plus one for each further year of the break.
     */
    public int waitingMonths(int coverageYear, boolean newborn) {
        if (newborn || covered.contains(YearMonth.of(coverageYear - 1, 12))) {
            return 0;
        }
        YearMonth last = covered.floor(YearMonth.of(coverageYear - 1, 12));
        if (last == null) {
            return FIXED_WAITING_MONTHS;
        }
        int gapYears = coverageYear - last.getYear() - 1;
        return FIXED_WAITING_MONTHS + Math.max(0, gapYears - 1);
    }
}
