package org.yibao.service.payment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.ClaimDrafts;
import org.yibao.service.payment.OtherPerson;
import org.yibao.service.web.ApplicationContent;

/**
 * The claim steps the hall shows alike for every kind of claim (seed 000 §三): 确认患者信息 with the bank account,
 * 上传材料, 提交申报信息 (which leads back to the first step still missing), 提交申报 and 放弃申报 with a
 * confirmation. A kind's own page class maps it under its address and adds its first step and its 申报信息.
 */
public abstract class ClaimDraftPages {

    protected final CurrentCitizen citizen;
    protected final Messages messages;
    protected final ClaimViews views;
    private final ClaimDrafts drafts;
    private final Subjects subjects;
    private final ApplicationContent content;
    private final String base;
    private final List<String> steps;

    protected ClaimDraftPages(Parts parts, ClaimDrafts drafts, String base, List<String> steps) {
        this.citizen = parts.citizen();
        this.messages = parts.messages();
        this.views = parts.views();
        this.subjects = parts.subjects();
        this.content = parts.content();
        this.drafts = drafts;
        this.base = base;
        this.steps = steps;
    }

    /** What every claim page class is built from besides its drafts. */
    @Component
    public record Parts(Subjects subjects, ClaimViews views, CurrentCitizen citizen, Messages messages,
                        ApplicationContent content) {
    }

    /** The title key of the draft's pages (its variant may name it). */
    protected abstract String titleKey(Application a);

    /** 确认患者信息: the bank account to fill in (what was typed, kept, or preset) and the payee held fixed. */
    protected abstract void bankChoices(Model model, Application a, @Nullable BankAccount typed);

    /** A draft is continued at its confirm page, which leads back to the first step still missing. */
    @GetMapping("/applications/{id}")
    public String resume(@PathVariable long id) {
        drafts.draft(citizen.accountId(), id);
        return redirect(id, "confirm");
    }

    @GetMapping("/applications/{id}/patient")
    public String patient(@PathVariable long id, Model model) {
        return patientPage(model, drafts.draft(citizen.accountId(), id), null, Map.of());
    }

    @PostMapping("/applications/{id}/patient")
    public String savePatient(@PathVariable long id, BankAccount bank, Model model) {
        try {
            drafts.saveBank(citizen.accountId(), id, bank);
            return redirect(id, "details");
        } catch (BusinessException e) {
            return patientPage(model, drafts.draft(citizen.accountId(), id), bank, messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/materials")
    public String materials(@PathVariable long id, Model model) {
        return materialsPage(model, drafts.draft(citizen.accountId(), id), Map.of());
    }

    @PostMapping("/applications/{id}/materials")
    public String saveMaterials(@PathVariable long id, @RequestParam(defaultValue = "next") String action,
                                HttpServletRequest request, Model model) {
        try {
            drafts.addMaterials(citizen.accountId(), id, ClaimViews.files(request));
            if ("upload".equals(action)) {
                return redirect(id, "materials");
            }
            drafts.checkReady(drafts.draft(citizen.accountId(), id));
            return redirect(id, "confirm");
        } catch (BusinessException e) {
            return materialsPage(model, drafts.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/materials/{materialId}/delete")
    public String removeMaterial(@PathVariable long id, @PathVariable long materialId) {
        drafts.removeMaterial(citizen.accountId(), id, materialId);
        return redirect(id, "materials");
    }

    @GetMapping("/applications/{id}/materials/{materialId}")
    public ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        return views.material(drafts.draft(citizen.accountId(), id).id(), materialId);
    }

    /** 提交申报信息: everything typed and uploaded, read once more before 提交申报. */
    @GetMapping("/applications/{id}/confirm")
    public String confirm(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        try {
            drafts.checkReady(a);
        } catch (BusinessException e) {
            return redirect(id, drafts.bank(a) == null ? "patient" : !drafts.detailsSaved(a) ? "details"
                    : "materials");
        }
        return confirmPage(model, a, Map.of());
    }

    @PostMapping("/applications/{id}/submit")
    public String submit(@PathVariable long id, Model model) {
        try {
            drafts.submit(citizen.accountId(), id);
            return "redirect:/applications/" + id;
        } catch (BusinessException e) {
            return confirmPage(model, drafts.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/discard")
    public String discard(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false)
                          @Nullable String confirmed, Model model, RedirectAttributes flash) {
        drafts.draft(citizen.accountId(), id);
        if (!Confirmation.given(confirmed)) {
            return new Confirmation(messages.text("claim.discard.title"), messages.text("claim.discard.text"),
                    base + "/applications/" + id + "/discard", messages.text("claim.discard.button"),
                    base + "/applications/" + id + "/confirm").show(model);
        }
        drafts.discard(citizen.accountId(), id);
        flash.addFlashAttribute("notice", messages.text("claim.discarded"));
        return "redirect:" + base;
    }

    /** The person chosen at the first step: the applicant, or the other person they proved they may act for. */
    protected Subjects.Subject subject(String route, Map<String, String> typed) {
        OtherPerson other = "OTHER".equals(route) ? new OtherPerson(typed.get("otherIdNumber"),
                typed.get("otherPhone"), typed.get("otherPassword")) : null;
        return OtherPerson.subject(subjects, citizen.accountId(), other);
    }

    /** The first step, before there is a draft: who claims (本人 or 他人), with what was typed and refused. */
    protected String personPage(Model model, String titleKey, String stepKey, String variant, String route,
                                Map<String, String> typed, Map<String, String> errors) {
        views.frame(model, base, titleKey, steps, steps.indexOf(stepKey) + 1, null, errors);
        model.addAttribute("variant", variant);
        model.addAttribute("route", route);
        model.addAttribute("typed", typed);
        model.addAttribute("verified", citizen.personId().isPresent());
        return "service/claim/person";
    }

    /** The frame of a draft's step named by its label key. */
    protected void frame(Model model, String stepKey, Application a, Map<String, String> errors) {
        views.frame(model, base, titleKey(a), steps, steps.indexOf(stepKey) + 1, a, errors);
    }

    protected String redirect(long id, String step) {
        return "redirect:" + base + "/applications/" + id + "/" + step;
    }

    private String patientPage(Model model, Application a, @Nullable BankAccount typed, Map<String, String> errors) {
        frame(model, "claim.step.patient", a, errors);
        views.patient(model, a);
        bankChoices(model, a, typed);
        return "service/claim/patient";
    }

    private String materialsPage(Model model, Application a, Map<String, String> errors) {
        frame(model, "claim.step.materials", a, errors);
        views.materials(model, a, drafts.requirements(a));
        return "service/claim/materials";
    }

    private String confirmPage(Model model, Application a, Map<String, String> errors) {
        frame(model, "claim.step.submit", a, errors);
        views.patient(model, a);
        views.materials(model, a, drafts.requirements(a));
        model.addAttribute("lines", content.lines(a));
        return "service/claim/confirm";
    }
}
