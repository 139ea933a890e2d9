package org.yibao.service.reimbursement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.OtherPerson;
import org.yibao.service.payment.web.ClaimViews;
import org.yibao.service.web.ApplicationContent;
import org.yibao.service.reimbursement.ReimbursementDrafts;
import org.yibao.service.reimbursement.ReimbursementForm;

/**
 * 零星报销申报 and 生育医疗费用报销申报 in the hall (seed 000 §三): 选择申报人 → 确认患者信息 → 申报信息 → 上传材料 →
 * 提交申报 → 办件进度. A refused step shows its errors on the same page with what was typed.
 */
@Controller
@RequestMapping(ReimbursementPages.BASE)
class ReimbursementPages {

    static final String BASE = "/services/reimbursement";
    private static final List<String> STEPS = List.of("claim.step.person", "claim.step.patient", "claim.step.details",
            "claim.step.materials", "claim.step.submit");

    private final ReimbursementDrafts drafts;
    private final Subjects subjects;
    private final ClaimViews views;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final ApplicationContent content;

    ReimbursementPages(ReimbursementDrafts drafts, Subjects subjects, ClaimViews views, CurrentCitizen citizen,
                       Messages messages, ApplicationContent content) {
        this.drafts = drafts;
        this.subjects = subjects;
        this.views = views;
        this.citizen = citizen;
        this.messages = messages;
        this.content = content;
    }

    /** 申报人选择: 本人申报 or 帮助他人申报, 零星报销 or 生育医疗费用. */
    @GetMapping
    String home(@RequestParam(defaultValue = ReimbursementDrafts.GENERAL) String variant, Model model) {
        return person(model, variant(variant), "SELF", Map.of(), Map.of());
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = ReimbursementDrafts.GENERAL) String variant,
                 @RequestParam(defaultValue = "SELF") String route, @RequestParam Map<String, String> typed,
                 Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/claim/need-real-name";
        }
        try {
            OtherPerson other = "OTHER".equals(route) ? new OtherPerson(typed.get("otherIdNumber"),
                    typed.get("otherPhone"), typed.get("otherPassword")) : null;
            Subjects.Subject subject = OtherPerson.subject(subjects, citizen.accountId(), other);
            long id = drafts.start(citizen.accountId(), subject, variant(variant), typed.get("agentRelation"),
                    typed.get("agentAddress"));
            return "redirect:" + BASE + "/applications/" + id + "/patient";
        } catch (BusinessException e) {
            return person(model, variant(variant), route, typed, messages.byField(e));
        }
    }

    /** A draft is continued at its confirm page, which leads back to the first step still missing. */
    @GetMapping("/applications/{id}")
    String resume(@PathVariable long id) {
        drafts.draft(citizen.accountId(), id);
        return "redirect:" + BASE + "/applications/" + id + "/confirm";
    }

    @GetMapping("/applications/{id}/patient")
    String patient(@PathVariable long id, Model model) {
        return patientPage(model, drafts.draft(citizen.accountId(), id), null, Map.of());
    }

    @PostMapping("/applications/{id}/patient")
    String savePatient(@PathVariable long id, BankAccount bank, Model model) {
        try {
            drafts.saveBank(citizen.accountId(), id, bank);
            return "redirect:" + BASE + "/applications/" + id + "/details";
        } catch (BusinessException e) {
            return patientPage(model, drafts.draft(citizen.accountId(), id), bank, messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/details")
    String details(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        return detailsPage(model, a, ReimbursementDrafts.form(a), Map.of());
    }

    @PostMapping("/applications/{id}/details")
    String saveDetails(@PathVariable long id, DetailsForm typed, Model model) {
        ReimbursementForm form = typed.form();
        try {
            drafts.saveDetails(citizen.accountId(), id, form);
            return "redirect:" + BASE + "/applications/" + id + "/materials";
        } catch (BusinessException e) {
            return detailsPage(model, drafts.draft(citizen.accountId(), id), form, messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/materials")
    String materials(@PathVariable long id, Model model) {
        return materialsPage(model, drafts.draft(citizen.accountId(), id), Map.of());
    }

    @PostMapping("/applications/{id}/materials")
    String saveMaterials(@PathVariable long id, @RequestParam(defaultValue = "next") String action,
                         jakarta.servlet.http.HttpServletRequest request, Model model) {
        try {
            drafts.addMaterials(citizen.accountId(), id, ClaimViews.files(request));
            if ("upload".equals(action)) {
                return "redirect:" + BASE + "/applications/" + id + "/materials";
            }
            drafts.checkReady(drafts.draft(citizen.accountId(), id));
            return "redirect:" + BASE + "/applications/" + id + "/confirm";
        } catch (BusinessException e) {
            return materialsPage(model, drafts.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/materials/{materialId}/delete")
    String removeMaterial(@PathVariable long id, @PathVariable long materialId) {
        drafts.removeMaterial(citizen.accountId(), id, materialId);
        return "redirect:" + BASE + "/applications/" + id + "/materials";
    }

    @GetMapping("/applications/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        return views.material(drafts.draft(citizen.accountId(), id).id(), materialId);
    }

    /** 提交申报信息: everything typed and uploaded, read once more before 提交申报. */
    @GetMapping("/applications/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        try {
            drafts.checkReady(a);
        } catch (BusinessException e) {
            String step = ReimbursementDrafts.form(a).bank() == null ? "patient"
                    : ReimbursementDrafts.form(a).totalAmount() == null ? "details" : "materials";
            return "redirect:" + BASE + "/applications/" + id + "/" + step;
        }
        return confirmPage(model, a, Map.of());
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, Model model) {
        try {
            drafts.submit(citizen.accountId(), id);
            return "redirect:/applications/" + id;
        } catch (BusinessException e) {
            return confirmPage(model, drafts.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false)
                   @Nullable String confirmed, Model model, RedirectAttributes flash) {
        drafts.draft(citizen.accountId(), id);
        if (!Confirmation.given(confirmed)) {
            return new Confirmation(messages.text("claim.discard.title"), messages.text("claim.discard.text"),
                    BASE + "/applications/" + id + "/discard", messages.text("claim.discard.button"),
                    BASE + "/applications/" + id + "/confirm").show(model);
        }
        drafts.discard(citizen.accountId(), id);
        flash.addFlashAttribute("notice", messages.text("claim.discarded"));
        return "redirect:" + BASE;
    }

    /** The 申报信息 fields as the form posts them; the invoices one per line or separated by commas. */
    record DetailsForm(@Nullable String medType, @Nullable String admissionDate, @Nullable String dischargeDate,
                       @Nullable String visitDate, @Nullable String institutionCode, @Nullable String institutionName,
                       @Nullable String invoices, @Nullable String totalAmount, @Nullable String selfPayReason,
                       @Nullable String claimantCategory, @Nullable String familyPlanning,
                       @Nullable String eventDate, @Nullable String parity, @Nullable String babies,
                       @Nullable String contactName,
                       @Nullable String contactPhone) {

        ReimbursementForm form() {
            List<String> numbers = invoices == null ? List.of() : Arrays.stream(invoices.split("[\\s,，、]+"))
                    .filter(s -> !s.isBlank()).limit(100).toList();
            boolean typedInstitution = institutionCode == null || institutionCode.isBlank();
            return new ReimbursementForm(medType, blank(admissionDate), blank(dischargeDate), blank(visitDate),
                    typedInstitution ? null : institutionCode, typedInstitution ? institutionName : null, numbers,
                    totalAmount, blank(selfPayReason), "51".equals(medType) || "52".equals(medType)
                    ? new ReimbursementForm.Maternity(claimantCategory, "true".equals(familyPlanning),
                    blank(eventDate), number(parity), number(babies))
                    : null, null, contactName, contactPhone, null, null, null);
        }

        /** A small whole number as typed, or null (refused by the form's check) for anything else. */
        static @Nullable Integer number(@Nullable String s) {
            return s != null && s.strip().matches("\\d{1,3}") ? Integer.valueOf(s.strip()) : null;
        }

        private static @Nullable String blank(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private String person(Model model, String variant, String route, Map<String, String> typed,
                          Map<String, String> errors) {
        views.frame(model, BASE, "claim.title." + variant, STEPS, 1, null, errors);
        model.addAttribute("variant", variant);
        model.addAttribute("route", route);
        model.addAttribute("typed", typed);
        model.addAttribute("verified", citizen.personId().isPresent());
        return "service/claim/person";
    }

    private String patientPage(Model model, Application a, @Nullable BankAccount typed, Map<String, String> errors) {
        views.frame(model, BASE, "claim.title." + a.variant(), STEPS, 2, a, errors);
        views.patient(model, a);
        model.addAttribute("bank", typed != null ? typed : ReimbursementDrafts.form(a).bank());
        model.addAttribute("fixedPayee", null);
        return "service/claim/patient";
    }

    private String detailsPage(Model model, Application a, ReimbursementForm form, Map<String, String> errors) {
        views.frame(model, BASE, "claim.title." + a.variant(), STEPS, 3, a, errors);
        model.addAttribute("form", form);
        model.addAttribute("maternity", ReimbursementDrafts.MATERNITY.equals(a.variant()));
        model.addAttribute("hospitals", views.hospitals());
        return "service/reimbursement/details";
    }

    private String materialsPage(Model model, Application a, Map<String, String> errors) {
        views.frame(model, BASE, "claim.title." + a.variant(), STEPS, 4, a, errors);
        views.materials(model, a, ReimbursementDrafts.requirements(a));
        return "service/claim/materials";
    }

    private String confirmPage(Model model, Application a, Map<String, String> errors) {
        views.frame(model, BASE, "claim.title." + a.variant(), STEPS, 5, a, errors);
        views.patient(model, a);
        views.materials(model, a, ReimbursementDrafts.requirements(a));
        model.addAttribute("lines", content.lines(a));
        return "service/claim/confirm";
    }

    private static String variant(String variant) {
        return ReimbursementDrafts.MATERNITY.equals(variant) ? ReimbursementDrafts.MATERNITY
                : ReimbursementDrafts.GENERAL;
    }
}
