package org.yibao.account;

import org.yibao.common.Money;
import org.yibao.common.PersonId;

/**
 * Settlement's order to pay the person's part ({@code psn_part_amt}) of one settlement.
 *
 * @param useAccount {@code acct_used_flag}: false pays everything in cash
 * @param reference  the settlement id; the same reference pays at most once
 */
public record AccountPayment(PersonId person, Money amount, boolean useAccount, AccountPurpose purpose,
                             String reference) {

    public AccountPayment {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative amount: " + amount);
        }
        if (reference.isBlank() || reference.length() > 64) {
            throw new IllegalArgumentException("reference must have 1 to 64 characters");
        }
    }
}
