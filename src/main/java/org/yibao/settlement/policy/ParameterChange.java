package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;
import org.yibao.common.Money;

/**
 * An administrator's edit as typed into the form: amounts in yuan, ratios in percent, a required reason. {@link
 * #parse(InputErrors)} checks everything before anything is written.
 */
public record ParameterChange(String deductible, String ratioPercent, String bonusPercent, String bonusMaxPercent,
                              String yearlyCap, String multiDiseaseCap, String reason) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The checked values, or null with the problems collected in {@code errors}. */
    public @Nullable ParameterValues parse(InputErrors errors) {
        Money ded = amount(errors, "deductible", deductible);
        BigDecimal ratio = percent(errors, "ratioPercent", ratioPercent);
        BigDecimal bonus = percent(errors, "bonusPercent", bonusPercent);
        BigDecimal bonusMax = percent(errors, "bonusMaxPercent", bonusMaxPercent);
        Money cap = amount(errors, "yearlyCap", yearlyCap);
        Money multi = multiDiseaseCap == null || multiDiseaseCap.isBlank() ? null
                : amount(errors, "multiDiseaseCap", multiDiseaseCap);
        errors.text("reason", reason, 200);
        if (!errors.isEmpty() || ded == null || ratio == null || bonus == null || bonusMax == null || cap == null) {
            return null;
        }
        return new ParameterValues(ded, ratio, bonus, bonusMax, cap, multi);
    }

    private static @Nullable Money amount(InputErrors errors, String field, @Nullable String text) {
        BigDecimal v = decimal(text);
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 2 || v.compareTo(BigDecimal.valueOf(1e9)) > 0) {
            errors.reject(field, "POLICY_AMOUNT_INVALID");
            return null;
        }
        return Money.ofFen(v.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
    }

    /** A percentage 0-100 with at most two decimals, returned as a ratio (70 → 0.7000). */
    private static @Nullable BigDecimal percent(InputErrors errors, String field, @Nullable String text) {
        BigDecimal v = decimal(text);
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0 || v.stripTrailingZeros().scale() > 2) {
            errors.reject(field, "POLICY_RATIO_INVALID");
            return null;
        }
        return v.movePointLeft(2).setScale(4, java.math.RoundingMode.UNNECESSARY);
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
