package org.yibao.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.MemberForm;
import org.yibao.family.MutualAid;
import org.yibao.family.MutualAidBinding;

/**
 * Citizen REST API for 家庭共济: the account's standing as authorizer, the relative's lookup with the commitment to
 * sign, binding with a drawn signature (base64 PNG), unbinding. 共济消费记录 are settlements: they are read at
 * {@code GET /api/v1/consumptions/mutual-aid}; premiums paid from the account at {@code GET /api/v1/premium-payments}.
 */
@RestController
@RequestMapping("/api/v1/family/mutual-aid")
@Tag(name = "家庭共济 Mutual aid", description = "共济消费记录: GET /api/v1/consumptions/mutual-aid; "
        + "个人共济账户缴费: POST /api/v1/premium-payments/by-id-number")
class MutualAidApi {

    private final MutualAid mutualAid;
    private final CurrentCitizen citizen;
    private final Messages messages;

    MutualAidApi(MutualAid mutualAid, CurrentCitizen citizen, Messages messages) {
        this.mutualAid = mutualAid;
        this.citizen = citizen;
        this.messages = messages;
    }

    record BindingView(long id, String name, String idNumber, String relationship, OffsetDateTime boundAt) {
        static BindingView of(MutualAidBinding b) {
            return new BindingView(b.id(), b.maskedBeneficiaryName(), b.beneficiaryIdNumber().masked(),
                    b.relationship().name(), b.boundAt());
        }
    }

    record Overview(boolean eligible, @Nullable String refusalCode, @Nullable String refusal, List<BindingView> beneficiaries,
                    @Nullable String authorizer) {
    }

    record Relative(String name, String idNumber, String relationship) {
        MemberForm form() {
            return new MemberForm(name, idNumber, relationship);
        }
    }

    record PreviewView(String name, String idNumber, String relationship, String commitment) {
    }

    record Bind(String name, String idNumber, String relationship, @Nullable String signaturePng) {
    }

    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "家庭共济: may the account authorize, whom it authorized, whose group it belongs to")
    Overview overview() {
        MutualAid.Authorizer a = mutualAid.authorizer(citizen.accountId());
        return new Overview(a.eligible(), a.refusalCode(),
                a.refusalCode() == null ? null : messages.text("error." + a.refusalCode()),
                mutualAid.bindings(citizen.accountId()).stream().map(BindingView::of).toList(),
                mutualAid.groupOf(a.person().id()).map(MutualAidBinding::maskedAuthorizerName).orElse(null));
    }

    @PostMapping("/preview")
    @Operation(summary = "Looks the relative up (masked name) and generates the commitment; refuses with the reason")
    PreviewView preview(@RequestBody Relative relative) {
        MutualAid.Preview p = mutualAid.preview(citizen.accountId(), relative.form());
        return new PreviewView(p.maskedName(), p.beneficiary().idNumber().masked(), p.relationship().name(), p.commitment());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "添加亲属 with the signed commitment (signaturePng: base64 of a PNG)")
    Created bind(@RequestBody Bind body) {
        byte[] png = decode(body.signaturePng());
        return new Created(mutualAid.bind(citizen.accountId(), new MemberForm(body.name(), body.idNumber(),
                body.relationship()), png, AuditTrail.Channel.API));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "解绑")
    void unbind(@PathVariable long id) {
        mutualAid.unbind(citizen.accountId(), id, AuditTrail.Channel.API);
    }

    private static byte @Nullable [] decode(@Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        String text = base64.startsWith("data:") ? base64.substring(base64.indexOf(',') + 1) : base64;
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("signaturePng", "MUTUAL_AID_SIGNATURE_PNG");
        }
    }
}
