package org.yibao.insured.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.PremiumPayer;
import org.yibao.insured.PremiumPayment;
import org.yibao.insured.PremiumPayments;

/**
 * 城乡居民（个人共济账户）缴费 and 为他人缴费 in the hall, as seed 001 describes it: choose the year, enter the insured
 * person's ID number, check the masked name, region and amount, then 立即缴费 from one's own employee personal
 * account (for a relative of one's 家庭共济 group) or through the tax system. Works without JavaScript.
 */
@Controller
@RequestMapping("/insurance/premium/by-id-number")
class PremiumByIdPages {

    private static final String VIEW = "insured/premium-by-id";

    private final PremiumPayments payments;
    private final PoolingRegions regions;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final Clock clock;

    PremiumByIdPages(PremiumPayments payments, PoolingRegions regions, CurrentCitizen citizen, Messages messages,
                     Clock clock) {
        this.payments = payments;
        this.regions = regions;
        this.citizen = citizen;
        this.messages = messages;
        this.clock = clock;
    }

    private PremiumPayer payer() {
        return new PremiumPayer(citizen.accountId(), citizen.personId().orElse(null), Channel.WEB);
    }

    @GetMapping
    String form(@RequestParam(required = false) @Nullable String channel, Model model) {
        fill(model, null, null, channel);
        return VIEW;
    }

    @PostMapping("/lookup")
    String lookup(@RequestParam(required = false) @Nullable String idNumber,
                  @RequestParam(required = false) @Nullable Integer year,
                  @RequestParam(required = false) @Nullable String channel, Model model) {
        fill(model, idNumber, year, channel);
        try {
            model.addAttribute("quote", payments.quoteByIdNumber(payer(), idNumber, year(year)));
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return VIEW;
    }

    @PostMapping
    String pay(@RequestParam(required = false) @Nullable String idNumber,
               @RequestParam(required = false) @Nullable Integer year,
               @RequestParam(required = false) @Nullable String channel,
               @RequestParam(required = false) @Nullable String idempotencyKey, Model model) {
        try {
            PremiumPayment payment = payments.startByIdNumber(payer(), idNumber, year(year), channel, idempotencyKey);
            return "redirect:/insurance/premium/" + payment.id();
        } catch (BusinessException e) {
            fill(model, idNumber, year, channel);
            model.addAttribute("errors", messages.byField(e));
            try {
                model.addAttribute("quote", payments.quoteByIdNumber(payer(), idNumber, year(year)));
            } catch (BusinessException again) {
                // the lookup's own refusal is already among the errors
            }
            return VIEW;
        }
    }

    private static int year(@Nullable Integer year) {
        if (year == null) {
            throw BusinessException.invalid("year", "REQUIRED");
        }
        return year;
    }

    private void fill(Model model, @Nullable String idNumber, @Nullable Integer year, @Nullable String channel) {
        int thisYear = BusinessTime.today(clock).getYear();
        model.addAttribute("years", List.of(thisYear, thisYear + 1));
        model.addAttribute("year", year == null ? thisYear : year);
        model.addAttribute("idNumber", idNumber == null ? "" : idNumber.strip());
        model.addAttribute("channel", "TAX".equals(channel) ? "TAX" : "MUTUAL_AID");
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    }
}
