package org.yibao.insured;

import java.util.Optional;
import org.yibao.common.Money;

/**
 * 城乡居民（个人共济账户）缴费: the employee personal account that pays a relative's resident premium. Implemented
 * by the personal-account module, which knows balances and, through the family module, the 家庭共济 group.
 */
public interface PremiumAccount {

    /** Why the payer's personal account may not pay for the person (an error code), or empty when it may. */
    Optional<String> refusal(long payerPersonId, long personId);

    /**
     * Takes exactly the amount from the payer's account, once per reference, inside the caller's transaction;
     * refuses (and so rolls everything back) when the balance does not cover it or the person is not in the group.
     */
    void debit(long payerPersonId, long personId, Money amount, String reference);

    /** Gives back exactly what the reference took, once. */
    void refund(String reference);
}
