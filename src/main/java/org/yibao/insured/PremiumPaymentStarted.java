package org.yibao.insured;

/**
 * A resident premium payment was recorded as pending. Published in the same transaction, so the order reaches
 * its channel only once the payment is committed, and again after a restart if it never did (the outbox).
 */
public record PremiumPaymentStarted(long paymentId, PaymentChannel channel) {
}
