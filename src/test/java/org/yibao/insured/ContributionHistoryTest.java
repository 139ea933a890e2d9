package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContributionHistoryTest {

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    @Test
    void countsFullYearsOfEmployeeMonthsUpToLastMonth() {
        var history = ContributionHistory.of(months(YearMonth.of(2015, 11), YearMonth.of(2026, 10)), List.of());
        assertThat(history.continuousYears(LocalDate.of(2026, 11, 22))).isEqualTo(11);
    }

    @Test
    void aGapEndsTheChain() {
        var months = months(YearMonth.of(2010, 1), YearMonth.of(2026, 10));
        months.remove(YearMonth.of(2024, 3));
        assertThat(ContributionHistory.of(months, List.of()).continuousYears(LocalDate.of(2026, 11, 1))).isEqualTo(2);
    }

    @Test
    void aChainThatStoppedLongAgoCountsNothing() {
        var history = ContributionHistory.of(months(YearMonth.of(2000, 1), YearMonth.of(2020, 12)), List.of());
        assertThat(history.continuousYears(LocalDate.of(2026, 11, 1))).isZero();
    }

    @Test
    void residentYearsAndEmployeeMonthsJoinIntoOneChain() {
        var history = ContributionHistory.of(months(YearMonth.of(2021, 1), YearMonth.of(2026, 10)),
                List.of(2016, 2017, 2018, 2019, 2020));
        assertThat(history.continuousYears(LocalDate.of(2026, 11, 5))).isEqualTo(10);
    }

    @ParameterizedTest(name = "paid {0}, coverage year {1}, newborn {2} -> {3} months")
    @CsvSource({
            "'2020,2021,2022,2023,2024,2025', 2026, false, 0",
            "'', 2026, false, 3",
            "'', 2026, true, 0",
            "'2020,2021,2022,2023,2024', 2026, false, 3",
            "'2020,2021,2022,2023', 2026, false, 4",
            "'2018', 2026, false, 9",
            "'2023', 2026, true, 0"})
    void residentsWaitThreeMonthsAfterABreakPlusOneForEachFurtherYear(String paid, int year, boolean newborn, int months) {
        List<Integer> years = paid.isBlank() ? List.of()
                : java.util.Arrays.stream(paid.split(",")).map(Integer::valueOf).toList();
        assertThat(ContributionHistory.of(List.of(), years).waitingMonths(year, newborn)).isEqualTo(months);
    }
}
