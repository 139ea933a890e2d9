package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.yibao.catalog.ItemClass;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.Money;

/**
 * One uploaded fee line as the engine sees it: the catalog's class, price cap and 先行自付 share joined to the
 * institution's quantity and unit price. Items without a catalog entry are refused before they get here.
 */
public record FeeItem(String code, ItemClass itemClass, BigDecimal quantity, Money unitPrice, @Nullable Money priceCap,
                      BigDecimal prepaidShare) {

    public FeeItem {
        if (quantity.signum() <= 0 || unitPrice.isNegative() || prepaidShare.signum() < 0
                || prepaidShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fee item " + code + ": bad quantity, price or share");
        }
    }

    /** The fee line of a catalog item at the price the institution charged. */
    public static FeeItem of(MedicalItem item, BigDecimal quantity, Money unitPrice) {
        return new FeeItem(item.code(), item.itemClass(), quantity, unitPrice, item.priceCap(), item.prepaidShare());
    }

    /** Quantity times unit price, rounded half-up to the fen. */
    public Money total() {
        return unitPrice.times(quantity);
    }
}
