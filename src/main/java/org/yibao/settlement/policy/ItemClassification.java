package org.yibao.settlement.policy;

import org.yibao.catalog.ItemClass;
import org.yibao.common.Money;

/**
 * Step one: each fee item's class decides where its money goes. 丙类 is fully self-paid; for 甲类 and 乙类 the part
 * of the unit price above the catalog's price cap is 超限价自费; of the rest, 乙类 pays its 先行自付 share first and
 * what remains is in scope.
 */
public final class ItemClassification {

    private ItemClassification() {
    }

    public static ItemSplit split(FeeItem item) {
        Money total = item.total();
        if (item.itemClass() == ItemClass.C) {
            return new ItemSplit(item.code(), total, total, Money.ZERO, Money.ZERO, Money.ZERO);
        }
        Money overCap = overCap(item);
        Money inCap = total.minus(overCap);
        Money prepaid = item.itemClass() == ItemClass.B ? inCap.times(item.prepaidShare()) : Money.ZERO;
        return new ItemSplit(item.code(), total, Money.ZERO, overCap, prepaid, inCap.minus(prepaid));
    }

    /** (unit price − cap) × quantity when the price is above the cap; never more than the item's total. */
    private static Money overCap(FeeItem item) {
        Money cap = item.priceCap();
        if (cap == null || item.unitPrice().compareTo(cap) <= 0) {
            return Money.ZERO;
        }
        return item.unitPrice().minus(cap).times(item.quantity()).min(item.total());
    }
}
