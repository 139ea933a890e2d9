package org.yibao.voucher.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.voucher.EVoucherActivation;
import org.yibao.voucher.EVouchers;
import org.yibao.voucher.FaceVerifications;

/** 医保电子凭证密码: change with the old password, or reset after a new face verification. */
@Controller
class PasswordPages {

    private final CurrentCitizen citizen;
    private final EVouchers evouchers;
    private final EVoucherActivation activation;
    private final FaceVerifications faces;
    private final Messages messages;

    PasswordPages(CurrentCitizen citizen, EVouchers evouchers, EVoucherActivation activation, FaceVerifications faces,
                  Messages messages) {
        this.citizen = citizen;
        this.evouchers = evouchers;
        this.activation = activation;
        this.faces = faces;
        this.messages = messages;
    }

    @GetMapping("/voucher/password")
    String changePage(Model model) {
        return page("voucher/password", model);
    }

    @PostMapping("/voucher/password")
    String change(@RequestParam(defaultValue = "") String oldPassword, @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmPassword, Model model, RedirectAttributes flash) {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        try {
            activation.changePassword(citizen.accountId(), personId, oldPassword, newPassword, confirmPassword, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("voucher.notice.passwordChanged"));
            return "redirect:/voucher";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return page("voucher/password", model);
        }
    }

    @GetMapping("/voucher/password/reset")
    String resetPage(@RequestParam(required = false) String faceVerification, Model model) {
        model.addAttribute("faceVerification", faceVerification);
        return page("voucher/password-reset", model);
    }

    @PostMapping("/voucher/password/reset/face")
    String startFace() {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        return "redirect:" + faces.start(personId, EVoucherActivation.PASSWORD_RESET, "/voucher/password/reset");
    }

    @PostMapping("/voucher/password/reset")
    String reset(@RequestParam(defaultValue = "") String faceVerificationId,
                 @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
                 Model model, RedirectAttributes flash) {
        long personId = citizen.personId().orElseThrow(VoucherPage::realNameRequired);
        try {
            activation.resetPassword(citizen.accountId(), personId, faceVerificationId, newPassword, confirmPassword,
                    Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("voucher.notice.passwordReset"));
            return "redirect:/voucher";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("faceVerification", "FACE_REQUIRED".equals(e.code()) ? null : faceVerificationId);
            return page("voucher/password-reset", model);
        }
    }

    /** Both pages need a verified person with an active e-voucher; otherwise they say what to do first. */
    private String page(String view, Model model) {
        if (citizen.personId().isEmpty()) {
            return "voucher/need-real-name";
        }
        if (!evouchers.status(citizen.personId().get()).active()) {
            return "voucher/need-activation";
        }
        return view;
    }
}
