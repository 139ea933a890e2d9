package org.yibao.insured;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;

/**
 * A payment provider's notice (微信支付, 支付宝; its signature already verified by the adapter) that it collected a
 * resident premium opened through the tax channel. It is judged against the stored payment, one notice at a time:
 * the amount must be the payment's to the fen, a repeat changes nothing, and money that arrives for a payment that
 * has failed meanwhile (its code expired, the channel refused it) is to be returned to the payer, once.
 */
@Service
public class PremiumCollections {

    private static final Logger log = LoggerFactory.getLogger(PremiumCollections.class);

    private final PaymentRecords records;
    private final PremiumPayments payments;
    private final AuditTrail audit;

    PremiumCollections(PaymentRecords records, PremiumPayments payments, AuditTrail audit) {
        this.records = records;
        this.payments = payments;
        this.audit = audit;
    }

    /** What Yibao made of a notice. */
    public enum Outcome {
        /** The payment is now paid and the year's contribution counted. */
        PAID,
        /** The same collection was recorded before: nothing changed. */
        ALREADY_PAID,
        /** No such tax-channel payment: nothing changed. */
        UNKNOWN_PAYMENT,
        /** The collected amount is not the payment's: nothing changed. */
        AMOUNT_MISMATCH,
        /** The payment had failed: the money is to be returned to the payer through the provider, once. */
        RETURN_TO_PAYER,
        /** A second collection of a payment already paid or refunded: nothing changed, for the agency to settle. */
        LEFT_TO_AGENCY
    }

    /** The outcome and the payment it concerns (null for an unknown one). */
    public record Collected(Outcome outcome, @Nullable PremiumPayment payment) {
    }

    /** The provider {@code provider} collected {@code paidFen} for the payment as {@code reference}. */
    @Transactional
    public Collected collected(long paymentId, String provider, long paidFen, String reference) {
        Optional<PremiumPayment> found = records.lock(paymentId).filter(p -> p.channel() == PaymentChannel.TAX);
        if (found.isEmpty()) {
            log.warn("{} notified a collection for unknown premium payment {}; nothing changed", provider, paymentId);
            return new Collected(Outcome.UNKNOWN_PAYMENT, null);
        }
        PremiumPayment p = found.get();
        if (p.status() != PaymentStatus.PENDING && reference.equals(p.channelReference())) {
            return new Collected(Outcome.ALREADY_PAID, p);
        }
        String actor = "provider:" + provider;
        if (paidFen != p.amount().fen()) {
            log.error("{} notified {} fen for premium payment {} of {} fen; refused, nothing marked paid", provider,
                    paidFen, p.orderNumber(), p.amount().fen());
            audit.record(actor, "person:" + p.personId(), "PREMIUM_NOTICE_AMOUNT_MISMATCH", AuditTrail.Channel.API,
                    p.orderNumber() + " paid " + paidFen + " fen, payment " + p.amount().fen() + " fen");
            return new Collected(Outcome.AMOUNT_MISMATCH, p);
        }
        return switch (p.status()) {
            case PENDING -> {
                payments.confirm(paymentId, reference);
                yield new Collected(Outcome.PAID, records.find(paymentId).orElseThrow());
            }
            case FAILED -> {
                records.markCollectedAfterFailure(paymentId, provider, reference);
                log.warn("{} collected premium payment {} after it failed; the payment is returned", provider,
                        p.orderNumber());
                audit.record(actor, "person:" + p.personId(), "PREMIUM_PAID_AFTER_FAILURE", AuditTrail.Channel.API,
                        p.orderNumber() + " " + paidFen + " fen via " + provider + " " + reference + " refunded");
                yield new Collected(Outcome.RETURN_TO_PAYER, p);
            }
            default -> {
                log.error("{} notified collection {} of premium payment {}, already {} as {}; nothing changed",
                        provider, reference, p.orderNumber(), p.status(), p.channelReference());
                yield new Collected(Outcome.LEFT_TO_AGENCY, p);
            }
        };
    }
}
