package org.yibao.service.maternity.web;

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
import org.yibao.service.maternity.AllowanceDrafts;
import org.yibao.service.maternity.AllowanceForm;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.OtherPerson;
import org.yibao.service.payment.web.ClaimViews;
import org.yibao.service.web.ApplicationContent;

/**
 * 生育津贴申报 in the hall, the six steps of seed 000 §三 (填写代办信息, 填写患者信息, 确认患者信息, 填写申报信息,
 * 上传材料信息, 提交申报信息), then 办件进度. The allowance is computed at 填写申报信息 and shown before submission.
 */
@Controller
@RequestMapping(AllowancePages.BASE)
class AllowancePages {

    static final String BASE = "/services/maternity-allowance";
    private static final String TITLE = "claim.title.ALLOWANCE";
    private static final List<String> STEPS = List.of("claim.step.agent", "claim.step.other", "claim.step.patient",
            "claim.step.details", "claim.step.materials", "claim.step.submit");

    private final AllowanceDrafts drafts;
    private final Subjects subjects;
    private final ClaimViews views;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final ApplicationContent content;

    AllowancePages(AllowanceDrafts drafts, Subjects subjects, ClaimViews views, CurrentCitizen citizen,
                   Messages messages, ApplicationContent content) {
        this.drafts = drafts;
        this.subjects = subjects;
        this.views = views;
        this.citizen = citizen;
        this.messages = messages;
        this.content = content;
    }

    @GetMapping
    String home(Model model) {
        return person(model, "SELF", Map.of(), Map.of());
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = "SELF") String route, @RequestParam Map<String, String> typed,
                 Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/claim/need-real-name";
        }
        try {
            OtherPerson other = "OTHER".equals(route) ? new OtherPerson(typed.get("otherIdNumber"),
                    typed.get("otherPhone"), typed.get("otherPassword")) : null;
            Subjects.Subject subject = OtherPerson.subject(subjects, citizen.accountId(), other);
            long id = drafts.start(citizen.accountId(), subject, typed.get("agentRelation"), typed.get("agentAddress"));
            return "redirect:" + BASE + "/applications/" + id + "/patient";
        } catch (BusinessException e) {
            return person(model, route, typed, messages.byField(e));
        }
    }

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
        return detailsPage(model, a, AllowanceDrafts.form(a), Map.of());
    }

    @PostMapping("/applications/{id}/details")
    String saveDetails(@PathVariable long id, DetailsForm typed, Model model) {
        AllowanceForm form = typed.form();
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

    @GetMapping("/applications/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        try {
            drafts.checkReady(a);
        } catch (BusinessException e) {
            AllowanceForm f = AllowanceDrafts.form(a);
            String step = f.bank() == null ? "patient" : f.computed() == null ? "details" : "materials";
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

    /** 申报信息 as posted: 生育 or 流产, the day, 难产, 胎儿数, weeks, the contact. */
    record DetailsForm(@Nullable String kind, @Nullable String eventDate, @Nullable String difficult,
                       @Nullable String babies, @Nullable String weeks, @Nullable String contactName,
                       @Nullable String contactPhone) {

        AllowanceForm form() {
            return new AllowanceForm(kind, eventDate, "true".equals(difficult), number(babies), number(weeks), null,
                    contactName, contactPhone, null, null, null);
        }

        private static @Nullable Integer number(@Nullable String s) {
            return s != null && s.strip().matches("\\d{1,3}") ? Integer.valueOf(s.strip()) : null;
        }
    }

    private String person(Model model, String route, Map<String, String> typed, Map<String, String> errors) {
        views.frame(model, BASE, TITLE, STEPS, "OTHER".equals(route) ? 2 : 1, null, errors);
        model.addAttribute("variant", "ALLOWANCE");
        model.addAttribute("route", route);
        model.addAttribute("typed", typed);
        model.addAttribute("verified", citizen.personId().isPresent());
        return "service/claim/person";
    }

    private String patientPage(Model model, Application a, @Nullable BankAccount typed, Map<String, String> errors) {
        views.frame(model, BASE, TITLE, STEPS, 3, a, errors);
        views.patient(model, a);
        String payee = drafts.payee(a);
        BankAccount stored = AllowanceDrafts.form(a).bank();
        model.addAttribute("bank", typed != null ? typed : stored != null ? stored
                : new BankAccount(null, null, null, null, payee));
        model.addAttribute("fixedPayee", payee);
        return "service/claim/patient";
    }

    private String detailsPage(Model model, Application a, AllowanceForm form, Map<String, String> errors) {
        views.frame(model, BASE, TITLE, STEPS, 4, a, errors);
        model.addAttribute("form", form);
        return "service/maternity/details";
    }

    private String materialsPage(Model model, Application a, Map<String, String> errors) {
        views.frame(model, BASE, TITLE, STEPS, 5, a, errors);
        views.materials(model, a, AllowanceDrafts.requirements(a));
        return "service/claim/materials";
    }

    private String confirmPage(Model model, Application a, Map<String, String> errors) {
        views.frame(model, BASE, TITLE, STEPS, 6, a, errors);
        views.patient(model, a);
        views.materials(model, a, AllowanceDrafts.requirements(a));
        model.addAttribute("lines", content.lines(a));
        return "service/claim/confirm";
    }
}
