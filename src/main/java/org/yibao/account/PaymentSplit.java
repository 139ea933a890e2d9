package org.yibao.account;

import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * How the person's part was paid: {@code acct_pay} from the own account, {@code acct_mulaid_pay} from the 家庭共济
 * authorizer's account, {@code psn_cash_pay} in cash. The three always sum to the amount.
 *
 * @param balanceAfter    the own balance after the payment (zero without an account)
 * @param mulaidPersonId  the authorizer whose account paid, when it did
 */
public record PaymentSplit(String reference, Money acctPay, Money acctMulaidPay, Money cashPay, Money balanceAfter,
                           @Nullable Long mulaidPersonId) {

    public Money total() {
        return acctPay.plus(acctMulaidPay).plus(cashPay);
    }
}
