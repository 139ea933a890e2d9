package org.yibao.account;

/** The accounts a journal leg can post to: the person's own account and the counterparts of its movements. */
public enum Ledger {
    PERSONAL, SETTLEMENT_CLEARING, EMPLOYER_CREDITING, TRANSFER_OUT, OPENING_BALANCE, RESIDENT_PREMIUM
}
