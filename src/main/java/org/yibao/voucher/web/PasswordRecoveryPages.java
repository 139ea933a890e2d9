package org.yibao.voucher.web;

import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.Allowances;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EVoucherActivation;
import org.yibao.voucher.EVouchers;
import org.yibao.voucher.FaceVerification;
import org.yibao.voucher.FaceVerifications;

/**
 * 忘记医保电子凭证密码 before real-name verification (the 实名认证 page's 忘记密码): the citizen names the person (name
 * and ID number), the person passes a face verification, and chooses a new payment password; then real-name
 * verification with it works. At most {@value #DAILY_TRIES} lookups per account and Beijing day, taken before the
 * lookup; a wrong name, number or an e-voucher not activated answer alike.
 */
@Controller
class PasswordRecoveryPages {

    static final int DAILY_TRIES = 5;
    private static final Duration DAY = Duration.ofDays(1);
    private static final String BASE = "/voucher/password/recover";

    private final CurrentCitizen citizen;
    private final InsuredPersons persons;
    private final EVouchers evouchers;
    private final EVoucherActivation activation;
    private final FaceVerifications faces;
    private final Allowances allowances;
    private final Messages messages;

    PasswordRecoveryPages(CurrentCitizen citizen, InsuredPersons persons, EVouchers evouchers,
                          EVoucherActivation activation, FaceVerifications faces, Allowances allowances,
                          Messages messages) {
        this.citizen = citizen;
        this.persons = persons;
        this.evouchers = evouchers;
        this.activation = activation;
        this.faces = faces;
        this.allowances = allowances;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String page(@RequestParam(required = false) String faceVerification, Model model) {
        if (citizen.personId().isPresent()) {
            return "redirect:/voucher/password/reset";
        }
        if (faceVerification != null && passed(faceVerification) != null) {
            model.addAttribute("faceVerification", faceVerification);
        }
        return "voucher/password-recover";
    }

    @PostMapping(BASE)
    String start(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String idNumber,
                 Model model) {
        try {
            InputErrors errors = new InputErrors();
            String typedName = errors.text("name", name, 30);
            IdNumber id = errors.idNumber("idNumber", idNumber);
            errors.throwIfAny();
            int tried = allowances.take("evoucher-recover:" + citizen.accountId(), DAILY_TRIES, DAY)
                    .orElseThrow(() -> new BusinessException(Problem.TOO_MANY_REQUESTS, "VOUCHER_RECOVER_TOO_MANY",
                            DAILY_TRIES));
            InsuredPerson person = persons.findByIdNumber(id).filter(p -> p.name().equals(typedName))
                    .filter(p -> evouchers.status(p.id()).active())
                    .orElseThrow(() -> BusinessException.invalid("idNumber", "VOUCHER_RECOVER_MISMATCH",
                            DAILY_TRIES - tried));
            return "redirect:" + faces.start(person.id(), EVoucherActivation.PASSWORD_RESET, BASE);
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("name", name);
            model.addAttribute("idNumber", idNumber);
            return "voucher/password-recover";
        }
    }

    @PostMapping(BASE + "/password")
    String reset(@RequestParam(defaultValue = "") String faceVerificationId,
                 @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
                 Model model, RedirectAttributes flash) {
        FaceVerification face = passed(faceVerificationId);
        if (face == null) {
            return "redirect:" + BASE;
        }
        try {
            activation.resetPassword(citizen.accountId(), face.personId(), faceVerificationId, newPassword,
                    confirmPassword, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("voucher.recover.done"));
            return "redirect:/real-name";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("faceVerification", faceVerificationId);
            return "voucher/password-recover";
        }
    }

    /** The account's passed face verification for a password reset, or null. */
    private FaceVerification passed(String id) {
        return faces.find(id, citizen.accountId())
                .filter(v -> v.passed() && EVoucherActivation.PASSWORD_RESET.equals(v.purpose())).orElse(null);
    }
}
