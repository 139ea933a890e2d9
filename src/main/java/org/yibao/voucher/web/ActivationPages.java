package org.yibao.voucher.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EVoucherActivation;
import org.yibao.voucher.EVoucherChannel;
import org.yibao.voucher.EVoucherStatus;
import org.yibao.voucher.EVouchers;
import org.yibao.voucher.FaceVerifications;

/**
 * 激活医保电子凭证, as on the channels of seed 004: choose the channel → confirm the identity (masked) → face
 * verification → set the payment password twice (only on the first channel) → active.
 */
@Controller
class ActivationPages {

    private final CurrentCitizen citizen;
    private final InsuredPersons persons;
    private final EVouchers evouchers;
    private final EVoucherActivation activation;
    private final FaceVerifications faces;
    private final Messages messages;

    ActivationPages(CurrentCitizen citizen, InsuredPersons persons, EVouchers evouchers, EVoucherActivation activation,
                    FaceVerifications faces, Messages messages) {
        this.citizen = citizen;
        this.persons = persons;
        this.evouchers = evouchers;
        this.activation = activation;
        this.faces = faces;
        this.messages = messages;
    }

    @GetMapping("/voucher/activation")
    String channels(Model model) {
        if (citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        model.addAttribute("evoucher", evouchers.status(citizen.personId().get()));
        model.addAttribute("channels", EVoucherChannel.activatable());
        return "voucher/activation-channel";
    }

    @GetMapping("/voucher/activation/confirm")
    String confirm(@RequestParam(defaultValue = "") String channel, Model model) {
        if (citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        long personId = citizen.personId().get();
        EVoucherStatus status = evouchers.status(personId);
        if (EVoucherChannel.parse(channel).isEmpty() || status.channels().contains(channel)) {
            model.addAttribute("errors", java.util.Map.of("channel", messages.text(
                    EVoucherChannel.parse(channel).isEmpty() ? "error.VOUCHER_CHANNEL_REQUIRED" : "error.VOUCHER_CHANNEL_ACTIVE")));
            return channels(model);
        }
        model.addAttribute("person", persons.find(personId).orElseThrow());
        model.addAttribute("channel", channel);
        return "voucher/activation-confirm";
    }

    @PostMapping("/voucher/activation/face")
    String face(@RequestParam String channel) {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        String safe = EVoucherChannel.parse(channel).orElseThrow(
                () -> BusinessException.invalid("channel", "VOUCHER_CHANNEL_REQUIRED")).name();
        return "redirect:" + faces.start(personId, EVoucherActivation.ACTIVATION,
                "/voucher/activation/password?channel=" + safe);
    }

    @GetMapping("/voucher/activation/password")
    String password(@RequestParam String channel, @RequestParam String faceVerification, Model model) {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        model.addAttribute("form", new EVoucherActivation.Activate(channel, faceVerification, "", ""));
        model.addAttribute("evoucher", evouchers.status(personId));
        return "voucher/activation-password";
    }

    @PostMapping("/voucher/activation")
    String activate(@ModelAttribute("form") EVoucherActivation.Activate form, Model model, RedirectAttributes flash) {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        try {
            activation.activate(citizen.accountId(), personId, form, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("voucher.notice.activated"));
            return "redirect:/voucher";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("form", new EVoucherActivation.Activate(form.channel(), form.faceVerificationId(), "", ""));
            model.addAttribute("evoucher", evouchers.status(personId));
            model.addAttribute("faceMissing", "FACE_REQUIRED".equals(e.code()));
            return "voucher/activation-password";
        }
    }
}
