package org.yibao.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.web.CurrentCitizen;
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

    ProxyApi(ProxyMembers proxies, MemberInsurance insurance, CurrentCitizen citizen) {
        this.proxies = proxies;
        this.insurance = insurance;
        this.citizen = citizen;
    }

    record MemberView(long id, long personId, String name, String idNumber, String relationship, String route,
                      String status, @Nullable OffsetDateTime boundAt) {
        static MemberView of(ProxyMember m) {
            return new MemberView(m.id(), m.personId(), m.maskedName(), m.idNumber().masked(), m.relationship().name(),
                    m.route().name(), m.status().name(), m.boundAt());
        }
    }

    record Bind(String name, String idNumber, String relationship, String route, boolean commitmentAccepted) {
    }

    record Added(long id, String status, @Nullable String facePath) {
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
        return proxies.members(citizen.accountId()).stream().map(MemberView::of).toList();
    }

    @PostMapping("/proxy")
    @Operation(summary = "绑定亲情成员: route ID_CARD (face verification) or NO_ID_CARD (under 16, commitment)")
    ResponseEntity<Added> bind(@RequestBody Bind body) {
        long account = citizen.accountId();
        ProxyMembers.Added added = proxies.bind(account, new MemberForm(body.name(), body.idNumber(), body.relationship()),
                body.route(), body.commitmentAccepted(), AuditTrail.Channel.API);
        if (added.faceRequired()) {
            String path = proxies.startFace(account, added.memberId(), "/services/proxy/" + added.memberId() + "/face");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Added(added.memberId(), "PENDING", path));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Added(added.memberId(), "ACTIVE", null));
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
