package org.yibao.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * One row of the 医保目录 as the settlement engine reads it: the national code ({@code med_list_codg}), class
 * 甲/乙/丙, the procurement price, the price cap (最高支付限价; none for 丙类), the 先行自付 share in basis points
 * (1000 = 10 %) and the dates it is valid.
 *
 * @param accountBarred 个人账户不得支付: 公共卫生、体育健身、养生保健 items (seed 002), paid neither from the person's
 *                      own personal account nor through 家庭共济, always in cash; only 丙类 items carry it
 */
public record MedicalItem(String code, String name, ItemCategory category, String subcategory, ItemClass itemClass,
                          @Nullable String specification, String unit, @Nullable String manufacturer, Money price,
                          @Nullable Money priceCap, int prepaidShareBasisPoints, LocalDate validFrom,
                          @Nullable LocalDate validTo, boolean accountBarred) {

    /** The 先行自付 share as a ratio, e.g. 0.1000 for 10 %. */
    public BigDecimal prepaidShare() {
        return BigDecimal.valueOf(prepaidShareBasisPoints, 4);
    }
}
