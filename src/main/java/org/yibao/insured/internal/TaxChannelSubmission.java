package org.yibao.insured.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yibao.insured.PaymentChannel;
import org.yibao.insured.PremiumPaymentStarted;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.TaxPaymentGateway;

/**
 * Hands a started tax payment to the tax system once it is committed, so the channel can never report on a payment
 * Yibao does not have. The event outbox hands it over again after a restart if it never was.
 */
@Component
class TaxChannelSubmission {

    private final PremiumPayments payments;
    private final TaxPaymentGateway gateway;

    TaxChannelSubmission(PremiumPayments payments, TaxPaymentGateway gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @TransactionalEventListener
    void on(PremiumPaymentStarted started) {
        if (started.channel() == PaymentChannel.TAX) {
            payments.order(started.paymentId()).ifPresent(gateway::submit);
        }
    }
}
