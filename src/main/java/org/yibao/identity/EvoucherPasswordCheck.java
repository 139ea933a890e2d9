package org.yibao.identity;

/**
 * Checks a person's 医保电子凭证 password. Declared here because real-name verification needs it; implemented
 * by the voucher module, which owns e-voucher passwords. The check's own bookkeeping (wrong tries, lock)
 * commits even when the caller's transaction does not.
 */
public interface EvoucherPasswordCheck {

    Outcome verify(long personId, String password);

    enum Outcome { VERIFIED, WRONG, NOT_ACTIVATED, LOCKED }
}
