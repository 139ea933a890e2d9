package org.yibao.insured;

/** Where a premium payment stands: waiting for the channel, paid (counts as a contribution), failed, or refunded by the agency. */
public enum PaymentStatus {
    PENDING, PAID, FAILED, REFUNDED
}
