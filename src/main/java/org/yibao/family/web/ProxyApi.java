package org.yibao.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.BindingStatus;
import org.yibao.family.FamilyAccounts;
import org.yibao.family.MemberForm;
import org.yibao.family.ProxyMember;
import org.yibao.family.ProxyMembers;

/** Citizen REST API for 亲情代办: bind (ID route with face, or commitment under 16), list, detail, unbind, 参保信息. */
@RestController
@RequestMapping("/api/v1/family")
@Tag(name = "亲情代办 Proxy")
class ProxyApi {

    private final ProxyMembers proxies;
    private final MemberInsurance insurance;
    private final CurrentCitizen citizen;
    private final Messages messages;

    ProxyApi(ProxyMembers proxies, MemberInsurance insurance, CurrentCitizen citizen, Messages messages) {
        this.messages = messages;
        this.proxies = proxies;
        this.insurance = insurance;
        this.citizen = citizen;
    }

    /** A member; {@code personId} only once bound, so that a filing in review tells nothing about the number. */
    record MemberView(long id, @Nullable Long personId, String name, String idNumber, String relationship, String route,
                      String status, @Nullable OffsetDateTime boundAt) {
        static MemberView of(ProxyMember m) {
            return new MemberView(m.id(), m.status() == BindingStatus.ACTIVE && m.personId() != 0 ? m.personId() : null, m.maskedName(), m.idNumber().masked(), m.relationship().name(),
                    m.route().name(), m.status().name(), m.boundAt());
        }
    }

    record Bind(String name, String idNumber, String relationship, String route, boolean commitmentAccepted) {
    }

    /** PENDING until the face verification at {@code facePath}, REVIEW (待审核) until the agency's review. */
    record Added(long id, String status, @Nullable String facePath, @Nullable String note) {
    }

    record FaceDone(String faceVerification) {
    }

    record PeriodView(String regionCode, String regionName, String insutype, String psnType, String psnInsuStas,
                      LocalDate beginDate, @Nullable LocalDate pausedDate, @Nullable String employerName) {
    }

    record InsuranceView(String name, String idNumber, List<PeriodView> periods, int continuousYears) {
    }

    @GetMapping("/proxy")
    @Operation(summary = "我的亲情成员")
    List<MemberView> list() {
        long account = citizen.accountId();
        return java.util.stream.Stream.concat(proxies.members(account).stream(), proxies.waiting(account).stream())
                .map(MemberView::of).toList();
    }

    @PostMapping(path = "/proxy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "绑定亲情成员 by route ID_CARD (face verification); NO_ID_CARD needs the multipart form")
    ResponseEntity<Added> bind(@RequestBody Bind body) {
        return bind(new MemberForm(body.name(), body.idNumber(), body.relationship()), body.route(),
                body.commitmentAccepted(), List.of());
    }

    @PostMapping(path = "/proxy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "绑定亲情成员 with a householdRegister photo (户口簿 or 出生医学证明), for NO_ID_CARD (under 16)")
    ResponseEntity<Added> bindWithMaterials(@RequestParam(defaultValue = "") String name,
                                            @RequestParam(defaultValue = "") String idNumber,
                                            @RequestParam(defaultValue = "") String relationship,
                                            @RequestParam(defaultValue = "") String route,
                                            @RequestParam(defaultValue = "false") boolean commitmentAccepted,
                                            @RequestParam(name = "householdRegister", required = false)
                                            List<MultipartFile> householdRegister) {
        return bind(new MemberForm(name, idNumber, relationship), route, commitmentAccepted,
                UploadedFiles.materials(null, householdRegister));
    }

    private ResponseEntity<Added> bind(MemberForm form, String route, boolean commitmentAccepted,
                                       List<FamilyAccounts.Material> materials) {
        long account = citizen.accountId();
        ProxyMembers.Added added = proxies.bind(account, form, route, commitmentAccepted, materials, AuditTrail.Channel.API);
        if (added.faceRequired()) {
            String path = proxies.startFace(account, added.memberId(), "/services/proxy/" + added.memberId() + "/face");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Added(added.memberId(), "PENDING", path, null));
        }
        if (added.review()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Added(added.memberId(), "REVIEW", null,
                    messages.text("proxy.review.note")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Added(added.memberId(), "ACTIVE", null, null));
    }

    @PostMapping("/proxy/{id}/face")
    MemberView face(@PathVariable long id, @RequestBody FaceDone body) {
        proxies.completeFace(citizen.accountId(), id, body.faceVerification(), AuditTrail.Channel.API);
        return MemberView.of(proxies.member(citizen.accountId(), id));
    }

    @GetMapping("/proxy/{id}")
    @Operation(summary = "亲人详情")
    MemberView member(@PathVariable long id) {
        return MemberView.of(proxies.member(citizen.accountId(), id));
    }

    @DeleteMapping("/proxy/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "解除绑定")
    void unbind(@PathVariable long id) {
        proxies.unbind(citizen.accountId(), id, AuditTrail.Channel.API);
    }

    @GetMapping("/persons/{personId}/insurance")
    @Operation(summary = "参保信息 of a person the account may act for (itself, a 亲情代办 or 亲情账户 member)")
    InsuranceView insurance(@PathVariable long personId) {
        MemberInsurance.Insurance i = insurance.of(personId, AuditTrail.Channel.API);
        return new InsuranceView(i.person().maskedName(), i.person().idNumber().masked(), i.periods().stream()
                .map(p -> new PeriodView(p.regionCode(), p.regionName(), p.period().insutype(), p.period().psnType(),
                        p.period().status().code(), p.period().beginDate(), p.period().pausedDate(),
                        p.period().employerName()))
                .toList(), i.continuousYears());
    }
}
