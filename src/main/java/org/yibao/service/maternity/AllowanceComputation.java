package org.yibao.service.maternity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yibao.common.Money;

/**
 * 生育津贴 computed, never typed: the contribution months before the birth (or 流产) month must reach the region's
 * minimum; the employer's average monthly contribution base over the twelve months before that month ÷ 30 × the
 * days of leave, rounded half-up to the fen once at the end. Pure: the caller brings the rule and the paid months.
 */
public final class AllowanceComputation {

    /** The result, with every step as the clerk reads it (label key, value). */
    public record Result(int continuousMonths, int monthsUsed, Money averageBase, int days, Money amount,
                         List<Map.Entry<String, String>> lines) {
    }

    /** What the person declared: 生育 or 流产, the day, 难产, the number of babies, the weeks of pregnancy. */
    public record Event(boolean miscarriage, LocalDate day, boolean difficult, int babies, int weeks) {
    }

    private AllowanceComputation() {
    }

    /** The leave days of the event under the rule, and the line that explains them. */
    static Map.Entry<Integer, String> days(MaternityParameters.Rule rule, Event event) {
        if (event.miscarriage() && rule.table().isPresent()) {
            MiscarriageTable.Band band = rule.table().get().bandOf(event.weeks());
            return Map.entry(band.days(), "流产（孕" + event.weeks() + "周，本地区流产假表孕" + band.fromWeek() + "周起）"
                    + band.days() + "天");
        }
        if (event.miscarriage()) {
            boolean early = event.weeks() < rule.miscarriageWeeks();
            int d = early ? rule.earlyMiscarriageDays() : rule.lateMiscarriageDays();
            return Map.entry(d, "流产（孕" + event.weeks() + "周，" + (early ? "未满" : "满") + rule.miscarriageWeeks()
                    + "周）" + d + "天");
        }
        int difficult = event.difficult() ? rule.difficultDays() : 0;
        int babies = Math.max(0, event.babies() - 1) * rule.extraBabyDays();
        int total = rule.baseDays() + difficult + babies + rule.provinceExtraDays();
        return Map.entry(total, rule.baseDays() + "（基本）+ " + difficult + "（难产）+ " + babies + "（多胞胎"
                + Math.max(0, event.babies() - 1) + "×" + rule.extraBabyDays() + "）+ " + rule.provinceExtraDays()
                + "（本省延长）= " + total + "天");
    }

    /** The employer's contribution bases of the twelve months before the event's month: their sum and count. */
    public record EmployerBases(long sumFen, int personMonths) {
    }

    /** The month before the event's month: the last month counted for continuity and for the base. */
    public static YearMonth lastMonth(Event event) {
        return YearMonth.from(event.day()).minusMonths(1);
    }

    /**
     * Computes the allowance from the person's paid 职工 months and the employer's bases; refuses nothing itself:
     * the caller checks {@code continuousMonths} against the rule's minimum.
     */
    public static Result compute(MaternityParameters.Rule rule, Event event, Set<YearMonth> paidMonths,
                                 EmployerBases bases) {
        int continuous = 0;
        for (YearMonth m = lastMonth(event); paidMonths.contains(m); m = m.minusMonths(1)) {
            continuous++;
        }
        long sum = bases.sumFen();
        int used = bases.personMonths();
        long average = used == 0 ? 0 : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(used), 0,
                RoundingMode.HALF_UP).longValueExact();
        Map.Entry<Integer, String> days = days(rule, event);
        long amount = BigDecimal.valueOf(average).multiply(BigDecimal.valueOf(days.getKey()))
                .divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP).longValueExact();
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("allowance.calc.months", continuous + "个月（本地区须满" + rule.minMonths() + "个月）"));
        lines.add(Map.entry("allowance.calc.base", Money.ofFen(sum) + " ÷ " + used + " = " + Money.ofFen(average)));
        lines.add(Map.entry("allowance.calc.days", days.getValue()));
        lines.add(Map.entry("allowance.calc.amount", Money.ofFen(average) + " ÷ 30 × " + days.getKey() + " = "
                + Money.ofFen(amount)));
        return new Result(continuous, used, Money.ofFen(average), days.getKey(), Money.ofFen(amount), List.copyOf(lines));
    }
}
