package org.yibao.account.internal;

import org.yibao.account.Ledger;

/** Why a person's account moved, and the counterpart ledger its second leg posts to. */
enum Reason {
    OPENING_BALANCE(Ledger.OPENING_BALANCE),
    PAYMENT(Ledger.SETTLEMENT_CLEARING),
    /** The authorizer's account paid for a 家庭共济 relative. */
    MUTUAL_AID(Ledger.SETTLEMENT_CLEARING),
    REVERSAL(Ledger.SETTLEMENT_CLEARING),
    MONTHLY_CREDIT(Ledger.EMPLOYER_CREDITING),
    TRANSFER_OUT(Ledger.TRANSFER_OUT),
    /** 转移接续: credited in the receiving region with what left the old one. */
    TRANSFER_IN(Ledger.TRANSFER_IN),
    /** 个人账户共济缴费: the account paid a relative's resident premium. */
    RESIDENT_PREMIUM(Ledger.RESIDENT_PREMIUM),
    /** The agency reversed such a premium payment. */
    PREMIUM_REFUND(Ledger.RESIDENT_PREMIUM);

    private final Ledger counterpart;

    Reason(Ledger counterpart) {
        this.counterpart = counterpart;
    }

    Ledger counterpart() {
        return counterpart;
    }
}
