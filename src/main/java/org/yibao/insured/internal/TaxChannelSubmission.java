package org.yibao.insured.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yibao.insured.PaymentChannel;
import org.yibao.insured.PremiumPaymentStarted;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.TaxPaymentGateway;

/**
 * Hands a started tax payment to the tax system once it is committed, so the channel can never report on a payment
 * Yibao does not have. The event outbox hands it over again after a restart if it never was, also when the channel
 * was not configured at the time (no payment starts without one; this covers payments started before a restart).
 */
@Component
class TaxChannelSubmission {

    private final PremiumPayments payments;
    private final ObjectProvider<TaxPaymentGateway> gateway;

    TaxChannelSubmission(PremiumPayments payments, ObjectProvider<TaxPaymentGateway> gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @TransactionalEventListener
    void on(PremiumPaymentStarted started) {
        if (started.channel() == PaymentChannel.TAX) {
            TaxPaymentGateway channel = gateway.getIfAvailable();
            if (channel == null) {
                throw new IllegalStateException("no tax payment channel is configured for payment " + started.paymentId());
            }
            payments.order(started.paymentId()).ifPresent(channel::submit);
        }
    }
}
