package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;
import org.yibao.common.Money;

/**
 * 管理员在表单中填写的层次参数修改：金额以元、比例以百分数填写，原因必填。{@link #parse} 在写入之前检查全部字段。
 */
public record LayerChange(String threshold, String band1Upto, String band1Percent, String band2Upto,
                          String band2Percent, String topPercent, String yearlyCap, String reason) {

    /** 检查后的值；有问题时为 null，问题记入 {@code errors}。 */
    public @Nullable LayerValues parse(InputErrors errors) {
        Money t = amount(errors, "threshold", threshold);
        Money b1 = amount(errors, "band1Upto", band1Upto);
        BigDecimal r1 = percent(errors, "band1Percent", band1Percent);
        Money b2 = amount(errors, "band2Upto", band2Upto);
        BigDecimal r2 = percent(errors, "band2Percent", band2Percent);
        BigDecimal top = percent(errors, "topPercent", topPercent);
        Money cap = amount(errors, "yearlyCap", yearlyCap);
        errors.text("reason", reason, 200);
        if (b1 != null && b2 != null && b1.compareTo(b2) > 0) {
            errors.reject("band2Upto", "POLICY_BANDS_OUT_OF_ORDER");
        }
        if (!errors.isEmpty() || t == null || b1 == null || r1 == null || b2 == null || r2 == null || top == null
                || cap == null) {
            return null;
        }
        return new LayerValues(t, b1, r1, b2, r2, top, cap);
    }

    private static @Nullable Money amount(InputErrors errors, String field, @Nullable String text) {
        BigDecimal v = decimal(text);
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 2 || v.compareTo(BigDecimal.valueOf(1e9)) > 0) {
            errors.reject(field, "POLICY_AMOUNT_INVALID");
            return null;
        }
        return Money.ofFen(v.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    private static @Nullable BigDecimal percent(InputErrors errors, String field, @Nullable String text) {
        BigDecimal v = decimal(text);
        if (v == null || v.signum() < 0 || v.compareTo(ParameterChange.HUNDRED) > 0 || v.stripTrailingZeros().scale() > 2) {
            errors.reject(field, "POLICY_RATIO_INVALID");
            return null;
        }
        return v.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY);
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
