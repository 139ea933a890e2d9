package org.yibao.settlement;

import java.util.List;
import org.yibao.common.Money;

/**
 * A settlement with how every amount came about: the fee items by class, the deductible, the fund's share and the
 * person's part, so the citizen can read an explanation of benefits in plain words.
 *
 * @param accountBarred the cash part for items no personal account may pay (公共卫生、体育健身、养生保健, seed 002)
 */
public record ConsumptionDetail(Consumption consumption, List<Item> items, Money fullOwnPay, Money overLimit,
                                Money prepaid, Money inScope, Money deductible, Money poolSelfPay, List<FundLine> funds,
                                Money accountBarred) {

    /** One fee item and what its class and price cap made of it. */
    public record Item(String code, String name, String itemClass, Money total, Money fullOwnPay, Money overLimit,
                       Money prepaid, Money inScope) {
    }

    /** One fund's payment (setldetail). */
    public record FundLine(String fundPayType, Money amount) {
    }

    /**
     * The explanation of benefits in reading order, as the 消费详情 page words it: message keys of the consumption
     * bundle ({@code consumption.explain.*}) with their arguments, for readers that render it elsewhere (FHIR).
     */
    public List<ExplanationLine> explanation() {
        Consumption c = consumption;
        Money selfPaid = fullOwnPay.plus(overLimit).plus(prepaid);
        List<ExplanationLine> lines = new java.util.ArrayList<>();
        lines.add(new ExplanationLine("consumption.explain.total", List.of(c.total(), inScope)));
        if (!selfPaid.isZero()) {
            lines.add(new ExplanationLine("consumption.explain.selfPaid", List.of(selfPaid)));
        }
        lines.add(new ExplanationLine("consumption.explain.deductible", List.of(deductible)));
        lines.add(new ExplanationLine("consumption.explain.fund", List.of(c.fund(), fundPercent())));
        lines.add(new ExplanationLine("consumption.explain.person",
                List.of(c.total().minus(c.fund()), c.ownAccount(), c.mutualAid(), c.cash())));
        if (!accountBarred.isZero()) {
            lines.add(new ExplanationLine("consumption.explain.accountBarred", List.of(accountBarred)));
        }
        return List.copyOf(lines);
    }

    /** One sentence of the explanation: its message key and arguments. */
    public record ExplanationLine(String key, List<Object> args) {
    }

    /** The share of the in-scope amount above the deductible the fund paid, in whole percent (for the explanation). */
    public long fundPercent() {
        long base = inScope.minus(deductible).fen();
        return base <= 0 ? 0 : Math.round(consumption.fund().fen() * 100.0 / base);
    }
}
