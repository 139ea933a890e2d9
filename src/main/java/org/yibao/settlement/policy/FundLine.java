package org.yibao.settlement.policy;

import org.yibao.common.Money;

/**
 * One {@code setldetail} line: the fund ({@code fund_pay_type}, e.g. 310100 职工统筹, 390100 居民统筹), the in-scope
 * amount it judged, the payable limit left before this visit ({@code crt_payb_lmt_amt}) and what it paid.
 */
public record FundLine(String fundPayType, Money inscpScpAmt, Money crtPaybLmtAmt, Money fundPayamt) {
}
