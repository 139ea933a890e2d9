package org.yibao.family.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.MemberForm;
import org.yibao.family.MutualAid;
import org.yibao.family.Relationship;

/**
 * 个人账户共济管理 in the hall (seeds 001 §三.2, 002): 使用须知, 添加我的亲属 (the system looks the relative up and
 * shows the masked name), the generated 个人承诺书 signed on a canvas, 添加亲属, 解绑, 共济消费记录.
 */
@Controller
@RequestMapping("/services/mutual-aid")
class MutualAidPages {

    private static final String BASE = "/services/mutual-aid";

    private final MutualAid mutualAid;
    private final CurrentCitizen citizen;
    private final Messages messages;

    MutualAidPages(MutualAid mutualAid, CurrentCitizen citizen, Messages messages) {
        this.mutualAid = mutualAid;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        if (citizen.personId().isEmpty()) {
            return "family/need-real-name";
        }
        MutualAid.Authorizer authorizer = mutualAid.authorizer(citizen.accountId());
        model.addAttribute("authorizer", authorizer);
        if (authorizer.refusalCode() != null) {
            model.addAttribute("refusal", messages.text("error." + authorizer.refusalCode()));
        }
        model.addAttribute("bindings", mutualAid.bindings(citizen.accountId()));
        model.addAttribute("group", mutualAid.groupOf(authorizer.person().id()).orElse(null));
        return "family/mutual-aid";
    }

    @GetMapping("/notice")
    String notice() {
        return "family/mutual-aid-notice";
    }

    @GetMapping("/add")
    String addForm(Model model) {
        return form(model, MemberForm.empty());
    }

    /** The relative as found, with the commitment to sign; every rule is checked before this page shows. */
    @PostMapping("/add")
    String preview(MemberForm form, Model model) {
        try {
            return sign(model, form, mutualAid.preview(citizen.accountId(), form));
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return form(model, form);
        }
    }

    @PostMapping("/confirm")
    String confirm(MemberForm form, @RequestParam(required = false) @Nullable String signature,
                   @RequestParam(required = false) @Nullable MultipartFile signatureFile, Model model,
                   RedirectAttributes flash) {
        byte[] png = UploadedFiles.dataUrl(signature);
        if (png == null) {
            png = UploadedFiles.bytes(signatureFile);
        }
        try {
            mutualAid.bind(citizen.accountId(), form, png, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("mutualAid.notice.bound"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            if (e.errors().stream().anyMatch(f -> "signature".equals(f.field()))) {
                return sign(model, form, mutualAid.preview(citizen.accountId(), form));
            }
            return form(model, form);
        }
    }

    @PostMapping("/{id}/unbind")
    String unbind(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed,
                  Model model, RedirectAttributes flash) {
        if (!Confirmation.given(confirmed)) {
            var binding = mutualAid.binding(citizen.accountId(), id);
            String relation = messages.text("family.relationship." + binding.relationship().name());
            return new Confirmation(messages.text("mutualAid.unbind.confirm.title"),
                    messages.text("mutualAid.unbind.confirm.text", binding.maskedBeneficiaryName(), relation),
                    BASE + "/" + id + "/unbind", messages.text("mutualAid.unbind.confirm.button"), BASE + "/" + id)
                    .show(model);
        }
        mutualAid.unbind(citizen.accountId(), id, AuditTrail.Channel.WEB);
        flash.addFlashAttribute("notice", messages.text("mutualAid.notice.unbound"));
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("binding", mutualAid.binding(citizen.accountId(), id));
        return "family/mutual-aid-detail";
    }

    @GetMapping("/{id}/signature")
    ResponseEntity<byte[]> signature(@PathVariable long id) {
        return mutualAid.signature(citizen.accountId(), id)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header("X-Content-Type-Options", "nosniff").body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    /** 共济消费记录 come from settlements: the settlement module shows them to the authorizer. */
    @GetMapping("/records")
    String records() {
        mutualAid.authorizer(citizen.accountId());
        return "redirect:/consumptions/mutual-aid";
    }

    private String form(Model model, MemberForm form) {
        model.addAttribute("form", form);
        model.addAttribute("relationships", List.of(Relationship.values()));
        return "family/mutual-aid-form";
    }

    private String sign(Model model, MemberForm form, MutualAid.Preview preview) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        return "family/mutual-aid-sign";
    }
}
