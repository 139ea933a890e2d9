package org.yibao.service.maternity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allowance's days and amount under 江西's rule (+90 days), by hand. */
class AllowanceComputationTests {

    private static final MaternityParameters.Rule JIANGXI = new MaternityParameters.Rule("360600",
            LocalDate.of(2020, 1, 1), 12, 98, 15, 15, 90, 15, 42, 16, "PERSON", null);

    private static Set<YearMonth> months(YearMonth last, int n) {
        Set<YearMonth> s = new HashSet<>();
        for (int i = 0; i < n; i++) {
            s.add(last.minusMonths(i));
        }
        return s;
    }

    @Test
    void aMiscarriageBeforeSixteenWeeksGivesFifteenDaysAndFromSixteenWeeksFortyTwo() {
        LocalDate day = LocalDate.of(2025, 6, 10);
        AllowanceComputation.EmployerBases bases = new AllowanceComputation.EmployerBases(12 * 600_000L, 12);
        var early = AllowanceComputation.compute(JIANGXI, new AllowanceComputation.Event(true, day, false, 1, 15),
                months(YearMonth.of(2025, 5), 12), bases);
        var late = AllowanceComputation.compute(JIANGXI, new AllowanceComputation.Event(true, day, false, 1, 16),
                months(YearMonth.of(2025, 5), 12), bases);
        assertThat(early.days()).isEqualTo(15);
        assertThat(early.amount().toString()).isEqualTo("3000.00");
        assertThat(late.days()).isEqualTo(42);
        assertThat(late.amount().toString()).isEqualTo("8400.00");
    }

    @Test
    void countsOnlyTheUnbrokenMonthsBeforeTheBirthMonth() {
        LocalDate day = LocalDate.of(2025, 6, 10);
        Set<YearMonth> paid = months(YearMonth.of(2025, 5), 8);
        paid.addAll(months(YearMonth.of(2024, 8), 10));
        var r = AllowanceComputation.compute(JIANGXI, new AllowanceComputation.Event(false, day, false, 3, 0), paid,
                new AllowanceComputation.EmployerBases(700_001L, 1));
        assertThat(r.continuousMonths()).isEqualTo(8);
        // 98 + 0 + 2 × 15 + 90 = 218 days; 7000.01 ÷ 30 × 218 = 50866.74
        assertThat(r.days()).isEqualTo(218);
        assertThat(r.amount().toString()).isEqualTo("50866.74");
    }

    @Test
    void aRegionsTableOfMiscarriageDaysByWeeksDecidesInsteadOfTheTwoTiers() {
        MaternityParameters.Rule table = new MaternityParameters.Rule("360600", LocalDate.of(2020, 1, 1), 12, 98, 15,
                15, 90, 15, 42, 16, "PERSON", " 1:15， 12:30,16:42,28:98 ");
        LocalDate day = LocalDate.of(2025, 6, 10);
        AllowanceComputation.EmployerBases bases = new AllowanceComputation.EmployerBases(12 * 600_000L, 12);
        int[][] weeksToDays = {{11, 15}, {12, 30}, {15, 30}, {16, 42}, {27, 42}, {28, 98}, {40, 98}};
        for (int[] w : weeksToDays) {
            var r = AllowanceComputation.compute(table, new AllowanceComputation.Event(true, day, false, 1, w[0]),
                    months(YearMonth.of(2025, 5), 12), bases);
            assertThat(r.days()).as("week " + w[0]).isEqualTo(w[1]);
        }
        // week 13 falls in the band from week 12: 30 days; 6000.00 ÷ 30 × 30 = 6000.00
        var r = AllowanceComputation.compute(table, new AllowanceComputation.Event(true, day, false, 1, 13),
                months(YearMonth.of(2025, 5), 12), bases);
        assertThat(r.amount().toString()).isEqualTo("6000.00");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l.getValue()).isEqualTo("流产（孕13周，本地区流产假表孕12周起）30天"));
    }
}
