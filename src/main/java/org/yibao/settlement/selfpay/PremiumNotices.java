package org.yibao.settlement.selfpay;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.yibao.insured.PaymentOrder;
import org.yibao.insured.PremiumCollections;
import org.yibao.insured.PremiumCollections.Collected;
import org.yibao.insured.TaxPaymentGateway;
import org.yibao.settlement.selfpay.CashOrderNotices.Outcome;

/**
 * A provider's notice for a resident premium (order number PP…), which {@link CashOrderNotices} receives like any
 * other: judged by {@link PremiumCollections} (amount to the fen, once), and money collected after the premium had
 * failed is returned through the tax channel's provider once the judgement is committed.
 */
@Component
class PremiumNotices {

    private static final Logger log = LoggerFactory.getLogger(PremiumNotices.class);

    private final PremiumCollections collections;
    private final ObjectProvider<TaxPaymentGateway> taxChannel;

    PremiumNotices(PremiumCollections collections, ObjectProvider<TaxPaymentGateway> taxChannel) {
        this.collections = collections;
        this.taxChannel = taxChannel;
    }

    /** Called inside the notice's transaction. */
    Outcome paid(String channelName, long paymentId, long paidFen, String reference) {
        Collected collected = collections.collected(paymentId, channelName, paidFen, reference);
        return switch (collected.outcome()) {
            case PAID -> Outcome.PAID;
            case ALREADY_PAID -> Outcome.ALREADY_PAID;
            case UNKNOWN_PAYMENT -> Outcome.UNKNOWN_ORDER;
            case AMOUNT_MISMATCH -> Outcome.AMOUNT_MISMATCH;
            case LEFT_TO_AGENCY -> Outcome.CLOSED;
            case RETURN_TO_PAYER -> {
                PaymentOrder order = PaymentOrder.of(Objects.requireNonNull(collected.payment()));
                TaxPaymentGateway gateway = taxChannel.getIfAvailable();
                if (gateway != null && gateway.refunds(channelName)) {
                    gateway.refund(order, channelName); // owed in this transaction, sent once it commits
                } else {
                    log.error("No channel returns premium payment {} collected by {}", order.orderNumber(), channelName);
                }
                yield Outcome.CLOSED;
            }
        };
    }
}
