package org.yibao.account;

import org.yibao.common.Money;
import org.yibao.common.PersonId;

/**
 * Settlement's order to pay the person's part ({@code psn_part_amt}) of one settlement.
 *
 * @param useAccount {@code acct_used_flag}: false pays everything in cash
 * @param reference  the settlement id; the same reference pays at most once
 * @param barred     the part of {@code amount} for items no personal account may pay (公共卫生、体育健身、养生保健,
 *                   seed 002): paid in cash, never from the own account nor through 家庭共济
 */
public record AccountPayment(PersonId person, Money amount, boolean useAccount, AccountPurpose purpose,
                             String reference, Money barred) {

    public AccountPayment {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative amount: " + amount);
        }
        if (barred.isNegative() || barred.compareTo(amount) > 0) {
            throw new IllegalArgumentException("barred part must lie between zero and the amount: " + barred);
        }
        if (reference.isBlank() || reference.length() > 64) {
            throw new IllegalArgumentException("reference must have 1 to 64 characters");
        }
    }

    /** A payment with nothing barred from the accounts. */
    public AccountPayment(PersonId person, Money amount, boolean useAccount, AccountPurpose purpose, String reference) {
        this(person, amount, useAccount, purpose, reference, Money.ZERO);
    }
}
