package org.yibao.insured;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.insured.PremiumQuote.Payee;

/**
 * 城乡居民缴费: a payer pays a resident's premium for a year through a channel. A payment never counts twice: the
 * idempotency key makes a repeated request the same payment, the partial unique index allows one live payment per
 * person and year across nodes, and confirmation moves PENDING to PAID once, adding the year's contribution.
 * 个人共济账户缴费 takes the premium from the payer's employee personal account in the same transaction that marks
 * it paid; the agency's reversal gives exactly that back.
 */
@Service
public class PremiumPayments {

    private final PaymentRecords records;
    private final Payees payees;
    private final RegionParameters parameters;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<TaxPaymentGateway> taxChannel;
    private final ObjectProvider<PremiumAccount> accounts;

    PremiumPayments(PaymentRecords records, Payees payees, RegionParameters parameters, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock, ObjectProvider<TaxPaymentGateway> taxChannel,
                    ObjectProvider<PremiumAccount> accounts) {
        this.taxChannel = taxChannel;
        this.accounts = accounts;
        this.records = records;
        this.payees = payees;
        this.parameters = parameters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The residents the payer may pay for, the payer first. */
    public List<Payee> payees(PremiumPayer payer) {
        return payees.of(payer, today());
    }

    /** The years open for payment (this year and next) that the person's region has parameters for. */
    public List<Integer> openYears(Payee payee) {
        int y = today().getYear();
        return IntStream.of(y, y + 1).filter(year -> parameters.residentPremium(payee.regionCode(), year).isPresent())
                .boxed().toList();
    }

    /** What the person's year costs; refused when the person is not the payer's, not a resident, or the year not open. */
    public PremiumQuote quote(PremiumPayer payer, long personId, int year) {
        Payee payee = payees.of(payer, today()).stream().filter(p -> p.personId() == personId).findFirst()
                .orElseThrow(() -> payees.belongsTo(payer, personId)
                        ? new BusinessException(Problem.CONFLICT, "PREMIUM_NOT_RESIDENT")
                        : new BusinessException(Problem.FORBIDDEN, "PREMIUM_NOT_YOUR_PERSON"));
        return quoteFor(payee, year);
    }

    /**
     * 为他人缴费 / 个人共济账户缴费: the resident with this ID number (any insured resident, as at the tax bureau's
     * counter), with the masked name, region and amount due; refused when nobody with a normal 城乡居民 relationship has it.
     */
    public PremiumQuote quoteByIdNumber(PremiumPayer payer, @Nullable String idNumber, int year) {
        InputErrors errors = new InputErrors();
        IdNumber id = errors.idNumber("idNumber", idNumber);
        errors.throwIfAny();
        Payee payee = payees.resident(payer, id, today()).orElseThrow(() -> new BusinessException(Problem.CONFLICT,
                List.of(new BusinessException.FieldError("idNumber", "PREMIUM_ID_NOT_RESIDENT"))));
        return quoteFor(payee, year);
    }

    private PremiumQuote quoteFor(Payee payee, int year) {
        int y = today().getYear();
        ResidentPremium premium = parameters.residentPremium(payee.regionCode(), year)
                .filter(p -> year == y || year == y + 1)
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "PREMIUM_PERIOD_CLOSED", yearText(year)));
        return new PremiumQuote(payee, year, premium.individual(), premium.payableBy(payee.category()),
                premium.assistanceFor(payee.category()), premium.subsidy());
    }

    /**
     * Starts paying; answers the payment, pending until its channel reports. The same idempotency key again answers
     * the same payment and starts nothing.
     */
    @Transactional
    public PremiumPayment start(PremiumPayer payer, long personId, int year, @Nullable String channelText,
                                @Nullable String idempotencyKey) {
        return begin(payer, personId, year, channelText, idempotencyKey, () -> quote(payer, personId, year));
    }

    /** {@link #start} for the resident with this ID number (为他人缴费, 个人共济账户缴费). */
    @Transactional
    public PremiumPayment startByIdNumber(PremiumPayer payer, @Nullable String idNumber, int year,
                                          @Nullable String channelText, @Nullable String idempotencyKey) {
        PremiumQuote quote = quoteByIdNumber(payer, idNumber, year);
        return begin(payer, quote.payee().personId(), year, channelText, idempotencyKey, () -> quote);
    }

    private PremiumPayment begin(PremiumPayer payer, long personId, int year, @Nullable String channelText,
                                 @Nullable String idempotencyKey, Supplier<PremiumQuote> quoting) {
        String key = validKey(idempotencyKey);
        Optional<PremiumPayment> earlier = records.byKey(key);
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), payer, personId, year);
        }
        PaymentChannel channel = PaymentChannel.parse(channelText)
                .orElseThrow(() -> BusinessException.invalid("channel", "PREMIUM_CHANNEL_UNKNOWN"));
        if (channel == PaymentChannel.TAX && taxChannel.getIfAvailable() == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "TAX_CHANNEL_NOT_CONFIGURED");
        }
        PremiumQuote quote = quoting.get();
        Long payerPerson = channel == PaymentChannel.MUTUAL_AID ? mutualAidPayer(payer, personId) : null;
        records.failExpiredCodes(personId, year, OffsetDateTime.now(clock)); // a code never paid frees the year
        refuseIfPaidOrPending(personId, year);
        Optional<Long> id = records.insertPending(key, payer, payerPerson, quote, channel, OffsetDateTime.now(clock));
        if (id.isEmpty()) {
            return records.byKey(key).map(p -> sameRequest(p, payer, personId, year)).orElseThrow(() -> {
                refuseIfPaidOrPending(personId, year);
                return new BusinessException(Problem.CONFLICT, "PREMIUM_IN_PROGRESS", yearText(year));
            });
        }
        audit.record(payer.actor(), "person:" + personId, "PREMIUM_PAYMENT_STARTED", payer.via(),
                "payment " + id.get() + ", year " + year + ", " + quote.payable() + " yuan via " + channel);
        events.publishEvent(new PremiumPaymentStarted(id.get(), channel));
        if (payerPerson != null) {
            PremiumPayment pending = records.find(id.get()).orElseThrow();
            if (!quote.payable().isZero()) {
                accounts.getObject().debit(payerPerson, personId, quote.payable(), pending.orderNumber());
            }
            confirm(id.get(), pending.orderNumber());
        }
        return records.find(id.get()).orElseThrow();
    }

    /** The payer's person, whose employee personal account may pay for this person; refused with the reason. */
    private long mutualAidPayer(PremiumPayer payer, long personId) {
        PremiumAccount account = accounts.getIfAvailable();
        if (account == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "PREMIUM_ACCOUNT_NOT_CONFIGURED");
        }
        if (payer.ownPersonId() == null) {
            throw refusedChannel("PREMIUM_MUTUAL_AID_NO_REAL_NAME");
        }
        account.refusal(payer.ownPersonId(), personId).ifPresent(code -> {
            throw refusedChannel(code);
        });
        return payer.ownPersonId();
    }

    private static BusinessException refusedChannel(String code) {
        return new BusinessException(Problem.CONFLICT, List.of(new BusinessException.FieldError("channel", code)));
    }

    /**
     * The channel collected the money: PAID with a receipt number and the year's contribution (individual part,
     * subsidy plus medical assistance), in one transaction. True only for the call that changed something.
     */
    @Transactional
    public boolean confirm(long paymentId, String channelReference) {
        Optional<PremiumPayment> pending = records.find(paymentId).filter(p -> p.status() == PaymentStatus.PENDING);
        if (pending.isEmpty() || !records.markPaid(paymentId, channelReference, receiptNumber(pending.get()),
                OffsetDateTime.now(clock))) {
            return false;
        }
        PremiumPayment paid = records.find(paymentId).orElseThrow();
        Money assistance = parameters.residentPremium(paid.regionCode(), paid.year())
                .map(p -> p.assistanceFor(paid.category())).orElse(Money.ZERO);
        records.insertContribution(paid, assistance, today());
        audit.record("channel:" + paid.channel(), "person:" + paid.personId(), "PREMIUM_PAYMENT_CONFIRMED",
                AuditTrail.Channel.SYSTEM, "payment " + paymentId + ", receipt " + paid.receiptNumber());
        return true;
    }

    /**
     * The channel opened the payment with {@code provider} (e.g. WECHAT), which the citizen pays with the code
     * {@code paymentUrl} until {@code expiresAt}. Only a pending payment without a code takes it: true only for the
     * call that changed something.
     */
    @Transactional
    public boolean awaiting(long paymentId, String provider, String paymentUrl, OffsetDateTime expiresAt) {
        boolean changed = records.markAwaiting(paymentId, provider, paymentUrl, expiresAt);
        if (changed) {
            audit.record("channel:" + provider, "payment:" + paymentId, "PREMIUM_PAYMENT_AWAITING",
                    AuditTrail.Channel.SYSTEM, "payable until " + expiresAt);
        }
        return changed;
    }

    /**
     * The payment {@link #start} answered, as it stands once the channel was handed it: a new payment the channel
     * refused at once (FAILED while the request ran) answers 503 and leaves the year free to pay again.
     */
    public PremiumPayment handedOver(PremiumPayer payer, PremiumPayment started) {
        PremiumPayment now = find(payer, started.id());
        if (started.status() == PaymentStatus.PENDING && now.status() == PaymentStatus.FAILED) {
            throw new BusinessException(Problem.UNAVAILABLE, "PREMIUM_CHANNEL_REFUSED");
        }
        return now;
    }

    /** The channel could not collect: FAILED, so that the person may start again. Idempotent like confirm. */
    @Transactional
    public boolean fail(long paymentId, String channelReference) {
        boolean changed = records.markFailed(paymentId, channelReference, OffsetDateTime.now(clock));
        if (changed) {
            audit.record("channel", "payment:" + paymentId, "PREMIUM_PAYMENT_FAILED", AuditTrail.Channel.SYSTEM,
                    "reference " + channelReference);
        }
        return changed;
    }

    /** A payment the payer made or that was made for the payer's own person; NOT_FOUND for anyone else. */
    public PremiumPayment find(PremiumPayer payer, long paymentId) {
        return records.find(paymentId)
                .filter(p -> p.payerAccount() == payer.accountId() || payer.isOwn(p.personId()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "PREMIUM_PAYMENT_NOT_FOUND"));
    }

    /** 缴费查询: the payer's payments and those for the payer's own person, newest first. */
    public List<PremiumPayment> list(PremiumPayer payer) {
        return records.visibleTo(payer);
    }

    /** What medical assistance paid for a paid payment (for the receipt). */
    public Money assistancePaid(PremiumPayment payment) {
        return records.assistancePaid(payment);
    }

    /**
     * The order the channel is asked to collect (read by the channel adapters after commit): a pending payment not
     * yet opened with a provider.
     */
    public Optional<PaymentOrder> order(long paymentId) {
        return records.find(paymentId).filter(p -> p.status() == PaymentStatus.PENDING && p.online() == null)
                .map(PaymentOrder::of);
    }

    private void refuseIfPaidOrPending(long personId, int year) {
        if (records.contributionPaid(personId, year)) {
            throw new BusinessException(Problem.CONFLICT, "PREMIUM_ALREADY_PAID", yearText(year));
        }
        records.live(personId, year).ifPresent(live -> {
            throw new BusinessException(Problem.CONFLICT,
                    live.isPaid() ? "PREMIUM_ALREADY_PAID" : "PREMIUM_IN_PROGRESS", yearText(year));
        });
    }

    private static PremiumPayment sameRequest(PremiumPayment earlier, PremiumPayer payer, long personId, int year) {
        if (earlier.payerAccount() != payer.accountId() || earlier.personId() != personId || earlier.year() != year) {
            throw new BusinessException(Problem.CONFLICT, "PREMIUM_KEY_REUSED");
        }
        return earlier;
    }

    private static String validKey(String idempotencyKey) {
        InputErrors errors = new InputErrors();
        String key = errors.text("idempotencyKey", idempotencyKey, 64);
        errors.throwIfAny();
        return key;
    }

    /** Region, year and payment id: unique, and tells a clerk where and for when at a glance. */
    private static String receiptNumber(PremiumPayment p) {
        return p.regionCode() + p.year() + String.format("%010d", p.id());
    }

    /** A year as text, so that messages never group its digits (2,026). */
    private static String yearText(int year) {
        return String.valueOf(year);
    }

    private LocalDate today() {
        return BusinessTime.today(clock);
    }
}
