package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.yibao.common.Money;

/** 一行层次参数可修改的值，已检查：金额不为负、比例 0–1、第一段上限不超过第二段。 */
public record LayerValues(Money threshold, Money band1Upto, BigDecimal band1Ratio, Money band2Upto,
                          BigDecimal band2Ratio, BigDecimal topRatio, Money yearlyCap) {

    public static LayerValues of(LayerRule r) {
        return new LayerValues(r.threshold(), r.band1Upto(), r.band1Ratio(), r.band2Upto(), r.band2Ratio(),
                r.topRatio(), r.yearlyCap());
    }

    /** 金额与比例相等即相同，不论小数位数。 */
    public boolean sameAs(LayerValues o) {
        return threshold.equals(o.threshold) && band1Upto.equals(o.band1Upto) && band2Upto.equals(o.band2Upto)
                && yearlyCap.equals(o.yearlyCap) && band1Ratio.compareTo(o.band1Ratio) == 0
                && band2Ratio.compareTo(o.band2Ratio) == 0 && topRatio.compareTo(o.topRatio) == 0;
    }
}
