package org.yibao.voucher.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.voucher.EVoucherActivation;
import org.yibao.voucher.EVoucherStatus;
import org.yibao.voucher.EVouchers;
import org.yibao.voucher.FaceVerifications;
import org.yibao.voucher.QrCode;
import org.yibao.voucher.QrCodes;

/** Citizen REST API (API.md §3): the e-voucher's state, activation, password, face verification and 展码. */
@RestController
@RequestMapping("/api/v1/voucher")
@Tag(name = "医保电子凭证 E-voucher")
class VoucherApi {

    private final CurrentCitizen citizen;
    private final PersonAccess access;
    private final EVouchers evouchers;
    private final EVoucherActivation activation;
    private final FaceVerifications faces;
    private final QrCodes codes;

    VoucherApi(CurrentCitizen citizen, PersonAccess access, EVouchers evouchers, EVoucherActivation activation,
               FaceVerifications faces, QrCodes codes) {
        this.citizen = citizen;
        this.access = access;
        this.evouchers = evouchers;
        this.activation = activation;
        this.faces = faces;
        this.codes = codes;
    }

    record VoucherView(String state, @Nullable Instant activatedAt, List<String> channels) {
    }

    @GetMapping
    @Operation(summary = "The e-voucher of the citizen's verified person: ACTIVE or NOT_ACTIVATED, and its channels")
    VoucherView voucher() {
        EVoucherStatus s = evouchers.status(me());
        return new VoucherView(s.active() ? "ACTIVE" : "NOT_ACTIVATED",
                s.activatedAt() == null ? null : s.activatedAt().toInstant(), s.channels());
    }

    record FaceStart(@Nullable String purpose) {
    }

    record FaceStarted(String id, String path) {
    }

    @PostMapping("/face-verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a face verification (purpose ACTIVATION or PASSWORD_RESET), valid 5 minutes")
    FaceStarted startFace(@RequestBody(required = false) @Nullable FaceStart body) {
        String purpose = body == null || body.purpose() == null || "ACTIVATION".equals(body.purpose())
                ? EVoucherActivation.ACTIVATION : "PASSWORD_RESET".equals(body.purpose())
                ? EVoucherActivation.PASSWORD_RESET : null;
        if (purpose == null) {
            throw BusinessException.invalid("purpose", "FACE_PURPOSE_INVALID");
        }
        String path = faces.start(me(), purpose, "/voucher");
        return new FaceStarted(path.substring(path.lastIndexOf('/') + 1), path);
    }

    record FaceResult(String outcome) {
    }

    /** The camera frames of one try: 1 to 5 JPEGs in base64 (or data: URLs), at most 200 KB each; never stored. */
    record FaceAttempt(@Nullable List<String> frames) {
    }

    @PostMapping("/face-verifications/{id}/attempts")
    @Operation(summary = "One try in front of the camera: 1–5 JPEG frames (base64), checked by the face provider, never stored")
    FaceResult attemptFace(@PathVariable String id, @RequestBody(required = false) @Nullable FaceAttempt body) {
        return new FaceResult(faces.attempt(id, citizen.accountId(), Channel.API, body == null ? null : body.frames())
                .name());
    }

    @PostMapping("/activation")
    @Operation(summary = "Activate on a channel after a passed face verification; the first channel sets the password")
    VoucherView activate(@RequestBody EVoucherActivation.Activate body) {
        activation.activate(citizen.accountId(), me(), body, Channel.API);
        return voucher();
    }

    record PasswordChange(String oldPassword, String newPassword, String confirmPassword) {
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the 6-digit payment password (five wrong old passwords lock it until tomorrow)")
    void changePassword(@RequestBody PasswordChange body) {
        activation.changePassword(citizen.accountId(), me(), body.oldPassword(), body.newPassword(),
                body.confirmPassword(), Channel.API);
    }

    record QrCodeView(String qrCode, Instant expiresAt, String image) {
    }

    @GetMapping("/qrcode")
    @Operation(summary = "A fresh dynamic QR code for oneself or a person a binding allows (亲情账户)")
    QrCodeView qrCode(@RequestParam(required = false) @Nullable Long personId) {
        long person = personId == null ? me() : personId;
        if (citizen.personId().map(p -> p != person).orElse(true)
                && !access.may(citizen.accountId(), PersonAccess.Action.SHOW_QR, person)) {
            throw new BusinessException(Problem.FORBIDDEN, "VOUCHER_PERSON_NOT_BOUND");
        }
        QrCode code = codes.issue(person, codes.defaultChannel(person));
        return new QrCodeView(code.text(), code.expiresAt(), code.image());
    }

    private long me() {
        return citizen.personId().orElseThrow(VoucherPage::realNameRequired);
    }
}
