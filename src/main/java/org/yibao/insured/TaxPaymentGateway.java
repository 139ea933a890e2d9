package org.yibao.insured;

/**
 * Port to the tax system (税务系统), which collects resident premiums. {@link #submit} must not block on the
 * payment: the adapter reports the outcome later, on any thread or node, through
 * {@link PremiumPayments#confirm(long, String)} or {@link PremiumPayments#fail(long, String)}, both idempotent.
 */
public interface TaxPaymentGateway {

    void submit(PaymentOrder order);
}
