package org.yibao.settlement;

import java.util.List;
import org.yibao.common.Money;

/**
 * A settlement with how every amount came about: the fee items by class, the deductible, the fund's share and the
 * person's part, so the citizen can read an explanation of benefits in plain words.
 */
public record ConsumptionDetail(Consumption consumption, List<Item> items, Money fullOwnPay, Money overLimit,
                                Money prepaid, Money inScope, Money deductible, Money poolSelfPay, List<FundLine> funds) {

    /** One fee item and what its class and price cap made of it. */
    public record Item(String code, String name, String itemClass, Money total, Money fullOwnPay, Money overLimit,
                       Money prepaid, Money inScope) {
    }

    /** One fund's payment (setldetail). */
    public record FundLine(String fundPayType, Money amount) {
    }

    /** The share of the in-scope amount above the deductible the fund paid, in whole percent (for the explanation). */
    public long fundPercent() {
        long base = inScope.minus(deductible).fen();
        return base <= 0 ? 0 : Math.round(consumption.fund().fen() * 100.0 / base);
    }
}
