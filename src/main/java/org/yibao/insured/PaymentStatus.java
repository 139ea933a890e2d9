package org.yibao.insured;

/** Where a premium payment stands: waiting for the channel, paid (counts as a contribution), or failed. */
public enum PaymentStatus {
    PENDING, PAID, FAILED
}
