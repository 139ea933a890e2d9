package org.yibao.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** The person's own bank account for a 清退: 银行大类, 开户行, 账号, 户名. */
    record BankAccount(String category, String bankName, String accountNumber, String accountName) {
    }

    /** Where a 清退 stands: PENDING (待拨付), PAID (已拨付) or FAILED with the bank's reason. */
    record Refund(Money amount, String status, @Nullable String reason) {
    }

    /**
     * 转入地接收 where the receiving region does not accept account funds: the whole balance leaves the account
     * (to zero) as a payment order to the person's bank account, and the freeze is lifted; answers the amount.
     */
    Money refund(long personId, BankAccount bank, String reference);

    /** The 清退 of the transfer with this reference, once ordered. */
    Optional<Refund> refundOf(String reference);

    /**
     * 更正清退银行账户: a 清退 the bank refused goes back to 待拨付 with the person's corrected bank account; nothing
     * else changes (the account was emptied once, when the refund was ordered). False when it is not failed.
     */
    boolean correctRefund(String reference, BankAccount bank);

    /**
     * 重新拨付: hands a 待拨付 清退 to the bank once, under the order's row lock (a second request waits and finds it
     * decided), and answers where it stands afterwards. Refuses a failed order (the person corrects the bank
     * account first), a paid one, and answers 503 without a bank adapter.
     */
    Refund retryRefund(String reference);

    /**
     * The person's personal-account balance per pooling region, from the journal's legs in each region: after a move
     * the old region's is zero and the receiving region's holds what moved (and what came and went since).
     */
    java.util.Map<String, Money> balancesByRegion(long personId);
}
