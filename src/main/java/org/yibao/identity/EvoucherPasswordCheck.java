package org.yibao.identity;

/**
 * Checks a person's 医保电子凭证 password. Declared here because real-name verification needs it; implemented
 * by the voucher module, which owns e-voucher passwords. Neither method holds a transaction or a connection while
 * the password is hashed.
 */
public interface EvoucherPasswordCheck {

    /**
     * The holder's own check: a try is taken before the comparison, atomically, so that no more than five are
     * compared per lock whatever the concurrency; the fifth wrong one locks the e-voucher until tomorrow. The
     * bookkeeping commits on its own, even when the caller's transaction does not.
     */
    Outcome verify(long personId, String password);

    /**
     * A check made on someone else's behalf (另一个人为他申报): compares without counting against the e-voucher, so
     * that nobody can lock another person's e-voucher; the caller limits tries per requester and per person itself.
     * A locked e-voucher answers LOCKED.
     */
    Outcome compare(long personId, String password);

    enum Outcome { VERIFIED, WRONG, NOT_ACTIVATED, LOCKED }
}
