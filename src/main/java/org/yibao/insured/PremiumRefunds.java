package org.yibao.insured;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;

/**
 * 共济缴费退费: the agency reverses a resident premium paid from an employee personal account, and the payer's
 * account gets exactly the amount back in the same transaction. A tax-channel premium a payment provider collected
 * (微信支付, 支付宝) is owed back in the reversal's transaction and returned through that provider once it commits.
 */
@Service
public class PremiumRefunds {

    private final PaymentRecords records;
    private final ObjectProvider<PremiumAccount> accounts;
    private final ObjectProvider<TaxPaymentGateway> taxChannel;
    private final AuditTrail audit;
    private final Clock clock;

    PremiumRefunds(PaymentRecords records, ObjectProvider<PremiumAccount> accounts,
                   ObjectProvider<TaxPaymentGateway> taxChannel, AuditTrail audit, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.taxChannel = taxChannel;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's view of a payment by its receipt number, within the clerk's region (checked by the caller). */
    public Optional<PremiumPayment> byReceipt(@Nullable String receiptNumber) {
        if (receiptNumber == null || receiptNumber.isBlank() || receiptNumber.length() > 24) {
            return Optional.empty();
        }
        return records.byReceipt(receiptNumber.strip());
    }

    /**
     * The agency reverses a paid 个人共济账户 payment: REFUNDED, the year's contribution no longer counts, and the
     * payer's account gets exactly the amount back, all at once. A tax payment a provider collected is returned
     * through the provider after the commit (refused with nothing changed when no channel can); any other tax
     * payment is refunded by the tax bureau.
     */
    @Transactional
    public PremiumPayment reverse(long paymentId, String clerk, @Nullable String reason) {
        InputErrors errors = new InputErrors();
        String why = errors.text("reason", reason, 200);
        errors.throwIfAny();
        PremiumPayment paid = records.find(paymentId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "PREMIUM_PAYMENT_NOT_FOUND"));
        TaxPaymentGateway provider = paid.channel() == PaymentChannel.TAX ? refundingProvider(paid) : null;
        if (!records.markRefunded(paymentId, why, OffsetDateTime.now(clock))) {
            throw new BusinessException(Problem.CONFLICT, "PREMIUM_NOT_REFUNDABLE");
        }
        records.refundContribution(paid);
        String to;
        if (provider != null) {
            String name = paid.online().provider();
            provider.refund(PaymentOrder.of(paid), name); // owed in this transaction, returned once it commits
            to = name;
        } else {
            if (!paid.amount().isZero()) {
                accounts.getObject().refund(paid.orderNumber());
            }
            to = "person:" + paid.payerPerson();
        }
        audit.record(clerk, "person:" + paid.personId(), "PREMIUM_PAYMENT_REFUNDED", AuditTrail.Channel.STAFF,
                "payment " + paymentId + ", " + paid.amount() + " yuan back to " + to);
        return records.find(paymentId).orElseThrow();
    }

    /** The channel that returns a tax payment its provider collected; refused for any other tax payment. */
    private TaxPaymentGateway refundingProvider(PremiumPayment paid) {
        if (paid.online() == null) {
            throw new BusinessException(Problem.CONFLICT, "PREMIUM_REFUND_BY_TAX_BUREAU");
        }
        TaxPaymentGateway gateway = taxChannel.getIfAvailable();
        if (gateway == null || !gateway.refunds(paid.online().provider())) {
            throw new BusinessException(Problem.UNAVAILABLE, "PREMIUM_REFUND_UNAVAILABLE");
        }
        return gateway;
    }
}
