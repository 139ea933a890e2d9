package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * The editable values of a parameter row, already checked: amounts not negative, ratios between 0 and 1 (shown as
 * percent). The key of a row (region, year, insurance type, category, visit type, level) is never edited.
 */
public record ParameterValues(Money deductible, BigDecimal ratio, BigDecimal bonusPerFiveYears, BigDecimal bonusMax,
                              Money yearlyCap, @Nullable Money multiDiseaseCap) {

    public static ParameterValues of(PolicyRule rule) {
        return new ParameterValues(rule.deductible(), rule.ratio(), rule.bonusPerFiveYears(), rule.bonusMax(),
                rule.yearlyCap(), rule.multiDiseaseCap());
    }

    /** Equal as money and ratios, whatever the scale of the decimals. */
    public boolean sameAs(ParameterValues o) {
        return deductible.equals(o.deductible) && ratio.compareTo(o.ratio) == 0
                && bonusPerFiveYears.compareTo(o.bonusPerFiveYears) == 0 && bonusMax.compareTo(o.bonusMax) == 0
                && yearlyCap.equals(o.yearlyCap) && java.util.Objects.equals(multiDiseaseCap, o.multiDiseaseCap);
    }
}
