package org.yibao.voucher.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.FaceVerification;
import org.yibao.voucher.FaceVerifications;

/**
 * The face page (人脸识别): the camera's picture, what to do (blink, turn the head) and 开始识别, which takes a few
 * frames (face.js) and submits them with a plain form. A pass returns to the flow that started it; a failure says so
 * and offers another try; without a camera the page says what to do instead. The frames are not kept.
 */
@Controller
class FacePages {

    private final CurrentCitizen citizen;
    private final FaceVerifications faces;
    private final InsuredPersons persons;
    private final Clock clock;
    private final Messages messages;

    FacePages(CurrentCitizen citizen, FaceVerifications faces, InsuredPersons persons, Clock clock, Messages messages) {
        this.messages = messages;
        this.citizen = citizen;
        this.faces = faces;
        this.persons = persons;
        this.clock = clock;
    }

    @GetMapping("/face/{id}")
    String page(@PathVariable String id, Model model) {
        FaceVerification v = find(id);
        if (v.passed()) {
            return "redirect:" + v.returnUrl();
        }
        return show(v, v.expired(clock.instant()) || !"PENDING".equals(v.status()) ? "EXPIRED" : null, model);
    }

    @PostMapping("/face/{id}")
    String attempt(@PathVariable String id, HttpServletRequest request, Model model) {
        FaceVerification v = find(id);
        // each field as sent: a single data: URL must not be split at its comma as list binding would
        String[] sent = request.getParameterValues("frame");
        List<String> frames = sent == null ? null : List.of(sent);
        FaceVerifications.Outcome outcome;
        try {
            outcome = faces.attempt(id, citizen.accountId(), Channel.WEB, frames);
        } catch (BusinessException refused) {
            if (refused.problem() != Problem.INVALID) {
                throw refused;
            }
            model.addAttribute("refusal", messages.text(refused.errors().get(0)));
            return show(v, null, model);
        }
        if (outcome == FaceVerifications.Outcome.PASSED) {
            return "redirect:" + v.returnUrl();
        }
        return show(v, outcome.name(), model);
    }

    private FaceVerification find(String id) {
        return faces.find(id, citizen.accountId())
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "FACE_NOT_FOUND"));
    }

    private String show(FaceVerification v, String outcome, Model model) {
        model.addAttribute("verification", v);
        model.addAttribute("person", persons.find(v.personId()).orElseThrow());
        model.addAttribute("outcome", outcome);
        return "face/face";
    }
}
