package org.yibao.insured.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.QrImages;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.PaymentChannel;
import org.yibao.insured.PaymentStatus;
import org.yibao.insured.PremiumPayer;
import org.yibao.insured.PremiumPayment;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.PremiumQuote;
import org.yibao.insured.PremiumQuote.Payee;
import org.yibao.insured.PremiumReceipts;
import org.yibao.insured.TaxPaymentGateway;

/**
 * 城乡居民缴费 in the hall: choose the person and year, see what it costs, choose the channel, pay; follow the
 * payment until the tax system reports (when the tax channel goes through a payment provider, the provider's code
 * as a QR code until its notice arrives); 缴费查询; download the receipt. Works without JavaScript; htmx only polls.
 */
@Controller
class PremiumPages {

    private final PremiumPayments payments;
    private final PremiumReceipts receipts;
    private final PoolingRegions regions;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final ObjectProvider<TaxPaymentGateway> taxChannel;
    private final Clock clock;

    PremiumPages(PremiumPayments payments, PremiumReceipts receipts, PoolingRegions regions, CurrentCitizen citizen,
                 Messages messages, ObjectProvider<TaxPaymentGateway> taxChannel, Clock clock) {
        this.payments = payments;
        this.taxChannel = taxChannel;
        this.clock = clock;
        this.receipts = receipts;
        this.regions = regions;
        this.citizen = citizen;
        this.messages = messages;
    }

    private PremiumPayer payer() {
        return new PremiumPayer(citizen.accountId(), citizen.personId().orElse(null), Channel.WEB);
    }

    @GetMapping("/insurance/premium")
    String form(@RequestParam(required = false) Long personId, @RequestParam(required = false) Integer year, Model model) {
        fill(model, personId, year);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "insured/premium";
    }

    @PostMapping("/insurance/premium")
    String pay(@RequestParam(required = false) Long personId, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) String channel, @RequestParam(required = false) String idempotencyKey,
               Model model, HttpServletResponse response) {
        try {
            if (personId == null || year == null) {
                throw BusinessException.invalid(null, "PREMIUM_CHOOSE");
            }
            PremiumPayer payer = payer();
            PremiumPayment payment = payments.handedOver(payer,
                    payments.start(payer, personId, year, channel, idempotencyKey));
            return "redirect:/insurance/premium/" + payment.id();
        } catch (BusinessException e) {
            boolean unavailable = e.problem() == Problem.UNAVAILABLE; // a refused payment failed: the next try is new
            if (unavailable) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
            fill(model, personId, year);
            model.addAttribute("idempotencyKey", unavailable || idempotencyKey == null || idempotencyKey.isBlank()
                    ? UUID.randomUUID().toString() : idempotencyKey);
            model.addAttribute("errors", messages.byField(e));
            return "insured/premium";
        }
    }

    /** Payees, the chosen one (the first by default), its open years, the chosen year and its quote or refusal. */
    private void fill(Model model, Long personId, Integer year) {
        PremiumPayer payer = payer();
        List<Payee> payees = payments.payees(payer);
        model.addAttribute("payees", payees);
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("channels", PaymentChannel.values());
        Optional<Payee> chosen = payees.stream().filter(p -> personId == null || p.personId() == personId).findFirst();
        if (chosen.isEmpty()) {
            return;
        }
        List<Integer> years = payments.openYears(chosen.get());
        int chosenYear = year != null ? year : years.isEmpty() ? 0 : years.get(0);
        model.addAttribute("payee", chosen.get());
        model.addAttribute("years", years);
        model.addAttribute("year", chosenYear);
        try {
            PremiumQuote quote = payments.quote(payer, chosen.get().personId(), chosenYear);
            model.addAttribute("quote", quote);
        } catch (BusinessException e) {
            model.addAttribute("quoteError", messages.byField(e).values().iterator().next());
        }
    }

    @GetMapping("/insurance/premium/{id}")
    String status(@PathVariable long id, Model model) {
        PremiumPayment payment = payments.find(payer(), id);
        addPayment(model, payment);
        model.addAttribute("region", regions.find(payment.regionCode()).orElseThrow());
        return "insured/premium-status";
    }

    /** htmx polls this every 2 s while the payment is pending; the answer without a trigger ends the polling. */
    @GetMapping("/insurance/premium/{id}/status")
    String statusFragment(@PathVariable long id, Model model) {
        addPayment(model, payments.find(payer(), id));
        return "insured/premium-status :: status";
    }

    /** The payment, and while the provider's code can be paid the code as a QR image (as 自费支付 shows it). */
    private void addPayment(Model model, PremiumPayment payment) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("payment", payment);
        model.addAttribute("state", state(payment));
        model.addAttribute("codeExpired", payment.codeExpired(now));
        if (payment.awaitingCode(now) && payment.online() != null) {
            model.addAttribute("paymentCode", QrImages.pngDataUri(payment.online().paymentUrl()));
        }
    }

    @GetMapping("/insurance/payments")
    String list(Model model) {
        List<PremiumPayment> list = payments.list(payer());
        model.addAttribute("payments", list);
        model.addAttribute("states", list.stream().collect(Collectors.toMap(PremiumPayment::id, this::state)));
        return "insured/payments";
    }

    /** The payment's state as the payer reads it: a reversal a provider has not yet returned reads 退款中. */
    private String state(PremiumPayment p) {
        if (p.status() == PaymentStatus.REFUNDED && p.online() != null) {
            TaxPaymentGateway gateway = taxChannel.getIfAvailable();
            if (gateway != null && gateway.refundPending(p.orderNumber())) {
                return "REFUNDING";
            }
        }
        return p.status().name();
    }

    @GetMapping("/insurance/premium/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        PremiumPayer payer = payer();
        if (!payments.find(payer, id).isPaid()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/insurance/premium/" + id)).build();
        }
        PremiumReceipts.Receipt receipt = receipts.receipt(payer, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(receipt.fileName()).build().toString())
                .body(receipt.pdf());
    }

    /** Someone else's payment, or one that does not exist, is simply not there. */
    @ExceptionHandler(BusinessException.class)
    ModelAndView refused(BusinessException e) {
        HttpStatus status = e.problem() == Problem.NOT_FOUND || e.problem() == Problem.FORBIDDEN
                ? HttpStatus.NOT_FOUND : HttpStatus.valueOf(e.problem().status());
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
