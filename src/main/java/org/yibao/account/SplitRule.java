package org.yibao.account;

import org.jspecify.annotations.Nullable;

/**
 * The order in which the person's part is paid (DEMO.md, seed 002): the own account first; the 家庭共济
 * authorizer's account only for what is left once the own balance is zero (or there is no own account); the
 * rest in cash. A null balance means there is no such account (or it may not be used). The barred part — items of
 * 公共卫生、体育健身、养生保健 (seed 002: 个人账户资金不得用于…) — is never paid from either account: always cash.
 */
public final class SplitRule {

    private SplitRule() {
    }

    /** How much the own account, the authorizer's account and cash pay, in fen; they sum to the amount. */
    public record Split(long own, long mutualAid, long cash) {
    }

    /**
     * Splits {@code amount} (fen), of which {@code barred} is for items no personal account may pay, over the own
     * balance and the 共济 authorizer's balance as locked (null: no such account, or frozen).
     */
    public static Split split(long amount, long barred, @Nullable Long ownBalance, @Nullable Long authorizerBalance) {
        if (amount < 0 || barred < 0 || barred > amount) {
            throw new IllegalArgumentException("negative amount or barred part outside it");
        }
        long payable = amount - barred;
        long own = ownBalance == null ? 0 : Math.min(ownBalance, payable);
        long rest = payable - own;
        boolean ownEmpty = ownBalance == null || ownBalance == own;
        long mutualAid = rest > 0 && ownEmpty && authorizerBalance != null ? Math.min(authorizerBalance, rest) : 0;
        return new Split(own, mutualAid, rest - mutualAid + barred);
    }
}
