package org.yibao.settlement.policy;

import org.yibao.common.Money;

/**
 * How one fee item divides: fully self-paid (丙类), above the price cap (超限价), 先行自付 (乙类 share) and in
 * scope. The four parts always add up to the item's total.
 */
public record ItemSplit(String code, Money total, Money fulamtOwnpayAmt, Money overlmtAmt, Money preselfpayAmt,
                        Money inscpScpAmt) {
}
