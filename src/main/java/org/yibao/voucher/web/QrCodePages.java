package org.yibao.voucher.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EVouchers;
import org.yibao.voucher.QrCodes;

/**
 * 展码: the dynamic QR code, large, with a countdown; htmx swaps in a fresh code before it expires and the 刷新
 * button works without JavaScript. Under it the way to 自费支付 (医保与自费解耦, served by settlement's pages).
 */
@Controller
class QrCodePages {

    private final CurrentCitizen citizen;
    private final PersonAccess access;
    private final InsuredPersons persons;
    private final EVouchers evouchers;
    private final QrCodes codes;

    QrCodePages(CurrentCitizen citizen, PersonAccess access, InsuredPersons persons, EVouchers evouchers, QrCodes codes) {
        this.citizen = citizen;
        this.access = access;
        this.persons = persons;
        this.evouchers = evouchers;
        this.codes = codes;
    }

    @GetMapping("/voucher/qrcode")
    String page(@RequestParam(required = false) Long personId, @RequestParam(required = false) String channel,
                Model model) {
        if (personId == null && citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        long person = allowed(personId);
        model.addAttribute("person", persons.find(person).orElseThrow());
        model.addAttribute("self", citizen.personId().map(p -> p == person).orElse(false));
        model.addAttribute("personId", personId);
        if (!evouchers.status(person).active()) {
            return "voucher/need-activation";
        }
        model.addAttribute("channels", evouchers.status(person).channels());
        return code(person, channel, model, "voucher/qrcode");
    }

    /** Only the code, for htmx to swap in (automatic and manual refresh). */
    @GetMapping("/voucher/qrcode/code")
    String fragment(@RequestParam(required = false) Long personId, @RequestParam(required = false) String channel,
                    Model model) {
        model.addAttribute("personId", personId);
        return code(allowed(personId), channel, model, "voucher/qrcode :: code");
    }

    /**
     * Issues the code on {@code channel} when the person activated it (展码失败可更换其他渠道, 004 FAQ 06), else on the
     * default channel.
     */
    private String code(long person, String channel, Model model, String view) {
        String shownOn = channel != null && evouchers.status(person).channels().contains(channel) ? channel
                : codes.defaultChannel(person);
        model.addAttribute("channel", shownOn);
        model.addAttribute("code", codes.issue(person, shownOn));
        model.addAttribute("ttl", codes.ttlSeconds());
        model.addAttribute("refreshSeconds", Math.max(5, codes.ttlSeconds() - 10));
        return view;
    }

    /** The citizen's own person, or another one a binding lets them show the code of (亲情账户). */
    private long allowed(@Nullable Long personId) {
        long accountId = citizen.accountId();
        long own = citizen.personId().orElse(-1L);
        if (personId == null || personId == own) {
            if (own < 0) {
                throw VoucherPage.realNameRequired();
            }
            return own;
        }
        if (!access.may(accountId, PersonAccess.Action.SHOW_QR, personId)) {
            throw new BusinessException(Problem.FORBIDDEN, "VOUCHER_PERSON_NOT_BOUND");
        }
        return personId;
    }
}
