package org.yibao.insured.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Upload;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.EnrollmentStatus;
import org.yibao.insured.ResidentCategory;
import org.yibao.insured.ResidentEnrollment;
import org.yibao.insured.ResidentEnrollments;

/**
 * 城乡居民参保登记 in the hall (seeds 001 §三, 003 §三): fill in and upload (a draft that survives a closed browser),
 * confirm, submit, follow the result, withdraw before a decision.
 */
@Controller
@RequestMapping("/services/resident-enrollment")
class EnrollmentPages {

    private final ResidentEnrollments enrollments;
    private final PoolingRegions regions;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final ProxyEnrollment proxy;

    EnrollmentPages(ResidentEnrollments enrollments, PoolingRegions regions, CurrentCitizen citizen, Messages messages,
                    ProxyEnrollment proxy) {
        this.proxy = proxy;
        this.enrollments = enrollments;
        this.regions = regions;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("enrollments", enrollments.ofApplicant(citizen.accountId()));
        model.addAttribute("regions", regions.byCode());
        return "insured/enrollment-list";
    }

    /** A new enrollment; with {@code member} (a 亲情代办 binding of the account) for that member (代办). */
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable Long member, Model model) {
        if (member != null) {
            model.addAttribute("member", member);
            return form(model, proxy.newForm(proxy.member(citizen.accountId(), member)), null);
        }
        return form(model, new ResidentEnrollments.Form("", "", "", "", "ADULT"), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ResidentEnrollments.Form form,
                  @RequestParam(required = false) @Nullable Long member,
                  @RequestParam(name = "idDocument", required = false) List<MultipartFile> idDocuments,
                  @RequestParam(name = "proof", required = false) List<MultipartFile> proofs, Model model) {
        if (member != null) {
            model.addAttribute("member", member);
            return save(null, ProxyEnrollment.forMember(form, proxy.member(citizen.accountId(), member)), idDocuments,
                    proofs, model);
        }
        return save(null, form, idDocuments, proofs, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ResidentEnrollment e = enrollments.mine(citizen.accountId(), id);
        if (e.status() != EnrollmentStatus.DRAFT) {
            return "redirect:/services/resident-enrollment/" + id;
        }
        return form(model, new ResidentEnrollments.Form(e.regionCode(), e.name(), e.idNumber(), e.phone(),
                e.category().name(), enrollments.forSelf(e.id())), e);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ResidentEnrollments.Form form,
                  @RequestParam(name = "idDocument", required = false) List<MultipartFile> idDocuments,
                  @RequestParam(name = "proof", required = false) List<MultipartFile> proofs, Model model) {
        return save(id, form, idDocuments, proofs, model);
    }

    @PostMapping("/{id}/materials/{materialId}/delete")
    String removeMaterial(@PathVariable long id, @PathVariable long materialId) {
        enrollments.removeMaterial(citizen.accountId(), id, materialId);
        return "redirect:/services/resident-enrollment/" + id + "/edit";
    }

    @GetMapping("/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        ResidentEnrollment e = enrollments.mine(citizen.accountId(), id);
        if (e.status() != EnrollmentStatus.DRAFT) {
            return "redirect:/services/resident-enrollment/" + id;
        }
        return detailModel(e, model, "insured/enrollment-confirm");
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, Model model, RedirectAttributes flash) {
        try {
            EnrollmentStatus status = enrollments.submit(citizen.accountId(), id, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("enrollment.notice." + status.name()));
            return "redirect:/services/resident-enrollment/" + id;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return detailModel(enrollments.mine(citizen.accountId(), id), model, "insured/enrollment-confirm");
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailModel(enrollments.mine(citizen.accountId(), id), model, "insured/enrollment-detail");
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                  RedirectAttributes flash) {
        if (!Confirmation.given(confirmed)) {
            enrollments.mine(citizen.accountId(), id);
            String path = "/services/resident-enrollment/" + id;
            return new Confirmation(messages.text("enrollment.cancel.confirm.title"),
                    messages.text("enrollment.cancel.confirm.text"), path + "/cancel",
                    messages.text("enrollment.cancel.confirm.button"), path).show(model);
        }
        try {
            enrollments.cancel(citizen.accountId(), id);
            flash.addFlashAttribute("notice", messages.text("enrollment.notice.CANCELLED"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        return "redirect:/services/resident-enrollment/" + id;
    }

    @GetMapping("/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        enrollments.mine(citizen.accountId(), id);
        return materialResponse(enrollments, id, materialId);
    }

    static ResponseEntity<byte[]> materialResponse(ResidentEnrollments enrollments, long id, long materialId) {
        return enrollments.materialContent(id, materialId)
                .map(u -> ResponseEntity.ok().contentType(MediaType.parseMediaType(u.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(u.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    private String save(Long draftId, ResidentEnrollments.Form form, List<MultipartFile> idDocuments,
                        List<MultipartFile> proofs, Model model) {
        try {
            long id = enrollments.saveDraft(citizen.accountId(), citizen.personId().orElse(null), draftId, form,
                    materials(idDocuments, proofs));
            return "redirect:/services/resident-enrollment/" + id + "/confirm";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return form(model, form, draftId == null ? null : enrollments.mine(citizen.accountId(), draftId));
        }
    }

    private String form(Model model, ResidentEnrollments.Form form, ResidentEnrollment draft) {
        model.addAttribute("form", form);
        model.addAttribute("draft", draft);
        model.addAttribute("materials", draft == null ? List.of() : enrollments.materials(draft.id()));
        model.addAttribute("regions", regions.all());
        model.addAttribute("categories", ResidentCategory.values());
        model.addAttribute("maxMegabytes", Upload.MAX_BYTES / 1024 / 1024);
        return "insured/enrollment-form";
    }

    private String detailModel(ResidentEnrollment e, Model model, String view) {
        model.addAttribute("enrollment", e);
        model.addAttribute("region", regions.find(e.regionCode()).orElse(null));
        model.addAttribute("materials", enrollments.materials(e.id()));
        return view;
    }

    static List<ResidentEnrollments.Material> materials(List<MultipartFile> idDocuments, List<MultipartFile> proofs) {
        List<ResidentEnrollments.Material> out = new ArrayList<>();
        add(out, "ID_DOCUMENT", idDocuments);
        add(out, "PROOF", proofs);
        return out;
    }

    private static void add(List<ResidentEnrollments.Material> out, String kind, List<MultipartFile> files) {
        if (files == null) {
            return;
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                try {
                    out.add(new ResidentEnrollments.Material(kind, f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
