package org.yibao.service;

import org.yibao.common.Money;

/**
 * 职工医保关系转移接续, the personal account's side, implemented by the personal-account module (which this module
 * may not use). Every call runs inside the caller's transaction and is idempotent by its reference.
 */
public interface TransferFunds {

    /**
     * 开具参保缴费凭证: freezes the person's account for payments until it has moved and answers the balance at
     * issue (zero without a personal account). Refuses when the account is not kept in {@code fromRegion} or is
     * frozen for another transfer.
     */
    Money freeze(long personId, String fromRegion, String reference);

    /** The receiving region refused: the account pays again. */
    void release(long personId, String reference);

    /**
     * 转入地接收: moves the whole balance to the receiving region's account — out of the old account to zero,
     * into the new one — and lifts the freeze; answers the amount moved.
     */
    Money move(long personId, String toRegion, String reference);
}
