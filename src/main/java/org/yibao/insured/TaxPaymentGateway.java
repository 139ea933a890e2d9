package org.yibao.insured;

/**
 * Port to the tax system (税务系统), which collects resident premiums. {@link #submit} must not block on the
 * payment: the adapter reports the outcome later, on any thread or node, through
 * {@link PremiumPayments#confirm(long, String)} or {@link PremiumPayments#fail(long, String)}, both idempotent. An
 * adapter that opens the payment with a payment provider (微信支付, 支付宝) first hands the provider's code back
 * through {@link PremiumPayments#awaiting}, and can return a payment that provider collected ({@link #refund}).
 */
public interface TaxPaymentGateway {

    void submit(PaymentOrder order);

    /** Whether this gateway can return a payment collected by {@code provider}, e.g. WECHAT (the tax bureau: no). */
    default boolean refunds(String provider) {
        return false;
    }

    /**
     * Owes a paid premium collected by {@code provider} back to the payer: called inside the reversal's transaction,
     * it records the refund there and returns the money once that commits, retrying until the provider has.
     */
    default void refund(PaymentOrder order, String provider) {
        throw new UnsupportedOperationException("the tax bureau refunds its own payments");
    }

    /** Whether the refund of the order {@code orderNumber} is owed and not yet done (退款中). */
    default boolean refundPending(String orderNumber) {
        return false;
    }
}
