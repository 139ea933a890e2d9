package org.yibao.account.internal;

import org.jspecify.annotations.Nullable;

/**
 * The order in which the person's part is paid (DEMO.md, seed 002): the own account first; the 家庭共济
 * authorizer's account only for what is left once the own balance is zero (or there is no own account); the
 * rest in cash. A null balance means there is no such account (or it may not be used).
 */
final class SplitRule {

    private SplitRule() {
    }

    record Split(long own, long mutualAid, long cash) {
    }

    static Split split(long amount, @Nullable Long ownBalance, @Nullable Long authorizerBalance) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        long own = ownBalance == null ? 0 : Math.min(ownBalance, amount);
        long rest = amount - own;
        boolean ownEmpty = ownBalance == null || ownBalance == own;
        long mutualAid = rest > 0 && ownEmpty && authorizerBalance != null ? Math.min(authorizerBalance, rest) : 0;
        return new Split(own, mutualAid, rest - mutualAid);
    }
}
