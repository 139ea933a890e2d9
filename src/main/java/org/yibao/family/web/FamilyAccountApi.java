package org.yibao.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonAccess;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.ActingFor;
import org.yibao.family.BindingStatus;
import org.yibao.family.FamilyAccountMember;
import org.yibao.family.FamilyAccounts;
import org.yibao.family.MemberCost;
import org.yibao.family.MemberForm;
import org.yibao.voucher.QrCode;
import org.yibao.voucher.QrCodes;

/** Citizen REST API for 亲情账户: list, add (multipart with photos), face completion, QR code, costs, remove. */
@RestController
@RequestMapping("/api/v1/family/accounts")
@Tag(name = "亲情账户 Family accounts")
class FamilyAccountApi {

    private final FamilyAccounts accounts;
    private final ActingFor actingFor;
    private final QrCodes qrCodes;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final Clock clock;

    FamilyAccountApi(FamilyAccounts accounts, ActingFor actingFor, QrCodes qrCodes, CurrentCitizen citizen,
                     Messages messages, Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.actingFor = actingFor;
        this.qrCodes = qrCodes;
        this.citizen = citizen;
        this.clock = clock;
    }

    /** A member; {@code personId} only once bound, so that a filing in review tells nothing about the number. */
    record MemberView(long id, @Nullable Long personId, String name, String idNumber, String relationship, String status,
                      boolean faceVerified, @Nullable OffsetDateTime boundAt) {
        static MemberView of(FamilyAccountMember m) {
            boolean bound = m.status() == BindingStatus.ACTIVE;
            return new MemberView(m.id(), bound ? m.personId() : null, m.maskedName(), m.idNumber().masked(),
                    m.relationship().name(), m.status().name(), m.faceVerified(), m.boundAt());
        }
    }

    /**
     * A new member: ACTIVE at once, PENDING until the face verification at {@code facePath} passed, or REVIEW (待审核)
     * until the agency checked the household register ({@code note} says what happens next).
     */
    record Added(long id, String status, @Nullable String facePath, @Nullable String note) {
    }

    record FaceDone(String faceVerification) {
    }

    record QrView(String text, Instant expiresAt, String image) {
    }

    record Costs(int year, List<MemberCost> items, String total) {
    }

    @GetMapping
    @Operation(summary = "我的家庭成员 (at most 5, those 待审核 included)")
    List<MemberView> list() {
        long account = citizen.accountId();
        return java.util.stream.Stream.concat(accounts.members(account).stream(), accounts.waiting(account).stream())
                .map(MemberView::of).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "添加家庭成员: name, idNumber, relationship, commitment and householdRegister photos")
    ResponseEntity<Added> add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String idNumber,
                              @RequestParam(defaultValue = "") String relationship,
                              @RequestParam(name = "commitment", required = false) List<MultipartFile> commitment,
                              @RequestParam(name = "householdRegister", required = false) List<MultipartFile> householdRegister) {
        long account = citizen.accountId();
        FamilyAccounts.Added added = accounts.add(account, new MemberForm(name, idNumber, relationship),
                UploadedFiles.materials(commitment, householdRegister), AuditTrail.Channel.API);
        if (added.faceRequired()) {
            String path = accounts.startFace(account, added.memberId(),
                    "/services/family-accounts/" + added.memberId() + "/face");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Added(added.memberId(), "PENDING", path, null));
        }
        if (added.review()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Added(added.memberId(), "REVIEW", null,
                    messages.text("family.review.note")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Added(added.memberId(), "ACTIVE", null, null));
    }

    @PostMapping("/{id}/face")
    @Operation(summary = "Binds a pending member whose face verification passed")
    MemberView face(@PathVariable long id, @RequestBody FaceDone body) {
        accounts.completeFace(citizen.accountId(), id, body.faceVerification(), AuditTrail.Channel.API);
        return MemberView.of(accounts.member(citizen.accountId(), id));
    }

    @GetMapping("/{id}")
    MemberView member(@PathVariable long id) {
        return MemberView.of(accounts.member(citizen.accountId(), id));
    }

    @GetMapping("/{id}/qrcode")
    @Operation(summary = "The member's dynamic QR code (展码)")
    QrView qrCode(@PathVariable long id) {
        FamilyAccountMember m = accounts.member(citizen.accountId(), id);
        actingFor.check(citizen.accountId(), PersonAccess.Action.SHOW_QR, m.personId(), AuditTrail.Channel.API);
        QrCode qr = qrCodes.issue(m.personId(), qrCodes.defaultChannel(m.personId()));
        return new QrView(qr.text(), qr.expiresAt(), qr.image());
    }

    @GetMapping("/{id}/costs")
    @Operation(summary = "The member's medical costs of this year")
    Costs costs(@PathVariable long id) {
        FamilyAccountMember m = accounts.member(citizen.accountId(), id);
        actingFor.check(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, m.personId(), AuditTrail.Channel.API);
        int year = BusinessTime.today(clock).getYear();
        List<MemberCost> items = accounts.yearCosts(m.personId(), year);
        long total = items.stream().mapToLong(MemberCost::totalFen).sum();
        return new Costs(year, items, Money.ofFen(total).toString());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        accounts.remove(citizen.accountId(), id, AuditTrail.Channel.API);
    }
}
