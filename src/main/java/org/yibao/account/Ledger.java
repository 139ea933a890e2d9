package org.yibao.account;

/** The accounts a journal leg can post to: the person's own account and the counterparts of its movements. */
public enum Ledger {
    PERSONAL, SETTLEMENT_CLEARING, EMPLOYER_CREDITING, TRANSFER_OUT, OPENING_BALANCE,
    /** 转移接续: the balance received from the old region's account. */
    TRANSFER_IN,
    /** 个人账户共济缴费: a relative's resident premium paid from the account. */
    RESIDENT_PREMIUM
}
