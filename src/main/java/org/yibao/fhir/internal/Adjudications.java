package org.yibao.fhir.internal;

import static org.yibao.fhir.internal.SettlementAmounts.*;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Money;
import org.yibao.settlement.Consumption;
import org.yibao.settlement.ConsumptionDetail;

/**
 * The amounts of a settlement and of each fee item as (category, amount) pairs, shared by ClaimResponse and
 * ExplanationOfBenefit so that both state the same figures, each exactly the fen the settlement stored.
 */
final class Adjudications {

    record Amount(CodeableConcept category, Money amount) {
    }

    private Adjudications() {
    }

    static List<Amount> ofItem(ConsumptionDetail.Item item) {
        return List.of(
                amount(DET_ITEM_FEE_SUMAMT, "submitted", item.total()),
                amount(FULAMT_OWNPAY_AMT, null, item.fullOwnPay()),
                amount(OVERLMT_AMT, null, item.overLimit()),
                amount(PRESELFPAY_AMT, null, item.prepaid()),
                amount(INSCP_SCP_AMT, "eligible", item.inScope()));
    }

    /** The settlement's totals: 医疗费总额 = 基金支付总额 + 个人负担总金额 = 基金 + 个人账户 + 共济 + 现金. */
    static List<Amount> totals(ConsumptionDetail d) {
        Consumption c = d.consumption();
        return List.of(
                amount(MEDFEE_SUMAMT, "submitted", c.total()),
                amount(FULAMT_OWNPAY_AMT, null, d.fullOwnPay()),
                amount(OVERLMT_SELFPAY, null, d.overLimit()),
                amount(PRESELFPAY_AMT, null, d.prepaid()),
                amount(INSCP_SCP_AMT, "eligible", d.inScope()),
                amount(ACT_PAY_DEDC, "deductible", d.deductible()),
                amount(POOL_PROP_SELFPAY, null, d.poolSelfPay()),
                amount(FUND_PAY_SUMAMT, "benefit", c.fund()),
                amount(PSN_PART_AMT, null, c.total().minus(c.fund())),
                amount(ACCT_PAY, null, c.ownAccount()),
                amount(ACCT_MULAID_PAY, null, c.mutualAid()),
                amount(PSN_CASH_PAY, null, c.cash()));
    }

    private static Amount amount(String field, String hl7Code, org.yibao.common.Money value) {
        return new Amount(Amounts.category(field, hl7Code), Amounts.money(value));
    }
}
