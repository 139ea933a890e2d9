package org.yibao.insured.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.PaymentStatus;
import org.yibao.insured.PremiumPayer;
import org.yibao.insured.PremiumPayment;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.PremiumQuote;
import org.yibao.insured.PremiumReceipts;

/** Citizen REST API, 城乡居民缴费 (API.md §3 style): whom to pay for, quote, pay, follow, list, receipt. */
@RestController
@RequestMapping("/api/v1/premium-payments")
@Tag(name = "城乡居民缴费 Resident premium")
class PremiumPaymentApi {

    private final PremiumPayments payments;
    private final PremiumReceipts receipts;
    private final CurrentCitizen citizen;

    PremiumPaymentApi(PremiumPayments payments, PremiumReceipts receipts, CurrentCitizen citizen) {
        this.payments = payments;
        this.receipts = receipts;
        this.citizen = citizen;
    }

    private PremiumPayer payer() {
        return new PremiumPayer(citizen.accountId(), citizen.personId().orElse(null), Channel.API);
    }

    record PayeeView(long personId, String name, String regionCode, String category, boolean own, List<Integer> years) {
    }

    @GetMapping("/payees")
    @Operation(summary = "可缴费人员: the account's own person and the persons of its approved resident enrollments")
    List<PayeeView> payees() {
        return payments.payees(payer()).stream().map(p -> new PayeeView(p.personId(), p.maskedName(), p.regionCode(),
                p.category().name(), p.own(), payments.openYears(p))).toList();
    }

    record QuoteView(long personId, int year, String category, BigDecimal individual, BigDecimal amount,
                     BigDecimal assistance, BigDecimal subsidy) {
    }

    @GetMapping("/quote")
    @Operation(summary = "应缴金额 for a person and year: individual part, what the payer pays, assistance, subsidy")
    QuoteView quote(@RequestParam long personId, @RequestParam int year) {
        PremiumQuote q = payments.quote(payer(), personId, year);
        return new QuoteView(personId, year, q.payee().category().name(), q.individual().yuan(), q.payable().yuan(),
                q.assistance().yuan(), q.subsidy().yuan());
    }

    record PayRequest(@Nullable Long personId, @Nullable Integer year, @Nullable String channel,
                      @Nullable String idempotencyKey) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "缴费: channel TAX or MUTUAL_AID (the caller's personal account, paid at once); the same idempotencyKey again answers the same payment")
    PaymentView pay(@RequestBody PayRequest body) {
        InputErrors errors = new InputErrors();
        if (body.personId() == null) {
            errors.reject("personId", "REQUIRED");
        }
        if (body.year() == null) {
            errors.reject("year", "REQUIRED");
        }
        errors.throwIfAny();
        PremiumPayer payer = payer();
        return PaymentView.of(payments.handedOver(payer,
                payments.start(payer, body.personId(), body.year(), body.channel(), body.idempotencyKey())));
    }

    record ByIdNumber(@Nullable String idNumber, @Nullable Integer year, @Nullable String channel,
                      @Nullable String idempotencyKey) {
    }

    record LookupView(String name, String regionCode, int year, String category, BigDecimal amount,
                      BigDecimal subsidy) {
    }

    @PostMapping("/lookup")
    @Operation(summary = "为他人缴费 / 个人共济账户缴费 step 2: the resident with this ID number (masked name, region, amount due)")
    LookupView lookup(@RequestBody ByIdNumber body) {
        PremiumQuote q = payments.quoteByIdNumber(payer(), body.idNumber(), requiredYear(body.year()));
        return new LookupView(q.payee().maskedName(), q.payee().regionCode(), q.year(), q.payee().category().name(),
                q.payable().yuan(), q.subsidy().yuan());
    }

    @PostMapping("/by-id-number")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "立即缴费 for the resident with this ID number: TAX (pending until the tax system reports) or "
            + "MUTUAL_AID (paid at once from the caller's employee personal account, for a relative in their 家庭共济 group)")
    PaymentView payByIdNumber(@RequestBody ByIdNumber body) {
        PremiumPayer payer = payer();
        return PaymentView.of(payments.handedOver(payer, payments.startByIdNumber(payer, body.idNumber(),
                requiredYear(body.year()), body.channel(), body.idempotencyKey())));
    }

    private static int requiredYear(@Nullable Integer year) {
        if (year == null) {
            throw BusinessException.invalid("year", "REQUIRED");
        }
        return year;
    }

    @GetMapping
    @Operation(summary = "缴费查询: the account's payments, newest first")
    List<PaymentView> list() {
        return payments.list(payer()).stream().map(PaymentView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "缴费结果: PENDING until the tax system reports, then PAID (with a receipt) or FAILED")
    PaymentView one(@PathVariable long id) {
        return PaymentView.of(payments.find(payer(), id));
    }

    @GetMapping("/{id}/receipt")
    @Operation(summary = "缴费票据 (PDF) of a paid payment, for the payer or the person paid for")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        PremiumReceipts.Receipt receipt = receipts.receipt(payer(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(receipt.fileName()).build().toString())
                .body(receipt.pdf());
    }

    /**
     * A payment as a client sees it: masked identifiers, yuan with two decimals. A tax payment opened with a payment
     * provider names it ({@code provider}, e.g. WECHAT) with the code to pay ({@code paymentUrl}, shown as a QR code)
     * until {@code paymentExpiresAt}, while pending; {@code orderNumber} is the provider's merchant order number.
     */
    record PaymentView(long id, long personId, String name, String idNumber, String regionCode, int year,
                       String category, BigDecimal amount, BigDecimal subsidy, String channel, String status,
                       @Nullable String receiptNumber, @Nullable String receiptUrl, OffsetDateTime createdAt,
                       @Nullable OffsetDateTime completedAt, @Nullable String payerAccount, String orderNumber,
                       @Nullable String provider, @Nullable String paymentUrl,
                       @Nullable OffsetDateTime paymentExpiresAt) {

        static PaymentView of(PremiumPayment p) {
            PremiumPayment.Online online = p.online();
            boolean awaiting = online != null && p.status() == PaymentStatus.PENDING;
            return new PaymentView(p.id(), p.personId(), p.maskedName(), p.idNumber().masked(), p.regionCode(), p.year(),
                    p.category().name(), p.amount().yuan(), p.subsidy().yuan(), p.channel().name(), p.status().name(),
                    p.receiptNumber(), p.isPaid() ? "/api/v1/premium-payments/" + p.id() + "/receipt" : null,
                    p.createdAt(), p.completedAt(), p.payerAccountLabel(), p.orderNumber(),
                    online == null ? null : online.provider(), awaiting ? online.paymentUrl() : null,
                    awaiting ? online.expiresAt() : null);
        }
    }
}
