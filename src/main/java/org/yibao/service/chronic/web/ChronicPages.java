package org.yibao.service.chronic.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.Subjects;
import org.yibao.service.chronic.ChronicApplications;
import org.yibao.service.chronic.ChronicForm;
import org.yibao.service.chronic.QualificationLookup;
import org.yibao.service.web.MaterialUploads;

/**
 * 门诊慢特病申报 in the hall (seed 000 pages 5 to 7, seed 001 §六): 申报平台首页, 申报选择, the four steps on a draft
 * that survives a closed browser, 确认信息并提交 with the 知情同意书, and 信息提交成功.
 */
@Controller
@RequestMapping("/services/chronic-disease")
class ChronicPages {

    static final String BASE = "/services/chronic-disease";

    private final ChronicApplications chronic;
    private final ApplicationQueries queries;
    private final ChronicViews views;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final QualificationLookup lookup;
    private final Clock clock;

    ChronicPages(ChronicApplications chronic, ApplicationQueries queries, ChronicViews views, CurrentCitizen citizen,
                 Messages messages, QualificationLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
        this.chronic = chronic;
        this.queries = queries;
        this.views = views;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("verified", citizen.personId().isPresent());
        return "service/chronic/home";
    }

    /** 资格查询: approved diseases of the account's person and of the persons it applied for. */
    @GetMapping("/qualifications")
    String qualifications(Model model) {
        model.addAttribute("people", lookup.forAccount(citizen.accountId(), citizen.personId().orElse(null)));
        model.addAttribute("today", BusinessTime.today(clock));
        return "service/chronic/qualifications";
    }

    /** 申报选择: 本人申报 or 为他人申报. */
    @GetMapping("/new")
    String choose(@RequestParam(defaultValue = "CHRONIC") String kind, Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/chronic/need-real-name";
        }
        model.addAttribute("kind", kind(kind));
        return "service/chronic/choose";
    }

    /** Step 1 before the draft exists: 温馨提示 and, for another person, their verification. */
    @GetMapping("/new/tip")
    String tip(@RequestParam(defaultValue = "CHRONIC") String kind, @RequestParam(defaultValue = "SELF") String route,
               Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/chronic/need-real-name";
        }
        return step1(model, kind(kind), "OTHER".equals(route), null, Map.of(), "", "");
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = "CHRONIC") String kind, @RequestParam(defaultValue = "SELF") String route,
                 @RequestParam(defaultValue = "false") boolean warmTipRead,
                 @RequestParam(defaultValue = "") String otherIdNumber, @RequestParam(defaultValue = "") String otherPhone,
                 @RequestParam(defaultValue = "") String otherPassword, Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/chronic/need-real-name";
        }
        boolean other = "OTHER".equals(route);
        try {
            if (!warmTipRead) {
                throw BusinessException.invalid("warmTip", "CHRONIC_WARM_TIP_REQUIRED");
            }
            Subjects.Subject subject = chronic.subject(citizen.accountId(),
                    other ? new ChronicApplications.OtherPerson(otherIdNumber, otherPhone, otherPassword) : null);
            long id = chronic.start(citizen.accountId(), kind(kind), subject, true, AuditTrail.Channel.WEB);
            return "redirect:" + BASE + "/applications/" + id + "/step/2";
        } catch (BusinessException e) {
            return step1(model, kind(kind), other, null, messages.byField(e), otherIdNumber, otherPhone);
        }
    }

    /** Continues a draft where it was left; a submitted application is followed under 办件进度. */
    @GetMapping("/applications/{id}")
    String resume(@PathVariable long id) {
        Application a = chronic.own(citizen.accountId(), id);
        if (a.status() != ApplicationStatus.DRAFT) {
            return "redirect:/applications/" + id;
        }
        int step = ChronicApplications.form(a).step();
        return "redirect:" + BASE + "/applications/" + id + (step >= 5 ? "/confirm" : "/step/" + step);
    }

    @GetMapping("/applications/{id}/step/{step}")
    String step(@PathVariable long id, @PathVariable int step, Model model) {
        Application a = chronic.own(citizen.accountId(), id);
        ChronicForm form = a.status() == ApplicationStatus.DRAFT ? ChronicApplications.form(a) : null;
        if (form == null || step < 1 || step > 4 || step > form.step()) {
            return resume(id);
        }
        return switch (step) {
            case 1 -> step1(model, form.kind(), a.route() != org.yibao.service.SubjectRoute.SELF, a, Map.of(), "", "");
            case 2 -> views.step2(model, a, form, Map.of());
            case 3 -> views.step3(model, a, form, Map.of());
            default -> views.step4(model, a, form, Map.of());
        };
    }

    @PostMapping("/applications/{id}/step/1")
    String saveStep1(@PathVariable long id, @RequestParam(defaultValue = "false") boolean warmTipRead, Model model) {
        Application a = chronic.draft(citizen.accountId(), id);
        try {
            chronic.rereadTip(citizen.accountId(), id, warmTipRead);
            return "redirect:" + BASE + "/applications/" + id + "/step/2";
        } catch (BusinessException e) {
            return step1(model, ChronicApplications.form(a).kind(), a.route() != org.yibao.service.SubjectRoute.SELF, a,
                    messages.byField(e), "", "");
        }
    }

    @PostMapping("/applications/{id}/step/2")
    String saveStep2(@PathVariable long id, @RequestParam(defaultValue = "false") boolean special,
                     @RequestParam(defaultValue = "") String specialType,
                     @RequestParam(defaultValue = "") String specialReason,
                     @RequestParam(defaultValue = "false") boolean specialCommitment, Model model) {
        Application a = chronic.draft(citizen.accountId(), id);
        org.yibao.service.chronic.SpecialType type = ChronicViews.specialType(specialType);
        try {
            chronic.saveSpecial(citizen.accountId(), id, special, type, specialReason, specialCommitment);
            return "redirect:" + BASE + "/applications/" + id + "/step/3";
        } catch (BusinessException e) {
            ChronicForm typed = ChronicApplications.form(a).withSpecial(special, type, specialReason);
            model.addAttribute("committed", specialCommitment);
            return views.step2(model, a, typed, messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/step/3")
    String saveStep3(@PathVariable long id, @RequestParam(defaultValue = "") String diseaseCode,
                     @RequestParam(defaultValue = "") String hospitalCode,
                     @RequestParam(defaultValue = "") String department,
                     @RequestParam(defaultValue = "") String contactPhone, Model model) {
        Application a = chronic.draft(citizen.accountId(), id);
        try {
            chronic.saveAssessment(citizen.accountId(), id, diseaseCode, hospitalCode, department, contactPhone);
            return "redirect:" + BASE + "/applications/" + id + "/step/4";
        } catch (BusinessException e) {
            ChronicForm f = ChronicApplications.form(a);
            ChronicForm typed = new ChronicForm(f.kind(), diseaseCode, hospitalCode, department, contactPhone,
                    f.special(), f.specialType(), f.specialReason(), f.step());
            return views.step3(model, a, typed, messages.byField(e));
        }
    }

    /** The assessing hospitals for the chosen disease, and the first one's departments (htmx swaps the block). */
    @GetMapping("/applications/{id}/hospitals")
    String hospitals(@PathVariable long id, @RequestParam(defaultValue = "") String diseaseCode, Model model) {
        Application a = chronic.own(citizen.accountId(), id);
        return views.hospitals(model, a, diseaseCode.strip(), null, null);
    }

    /** The departments of the chosen hospital (htmx swaps the select). */
    @GetMapping("/applications/{id}/departments")
    String departments(@PathVariable long id, @RequestParam(defaultValue = "") String hospitalCode, Model model) {
        Application a = chronic.own(citizen.accountId(), id);
        return views.departments(model, a, hospitalCode, "");
    }

    @PostMapping("/applications/{id}/step/4")
    String saveStep4(@PathVariable long id, @RequestParam(defaultValue = "next") String action,
                     jakarta.servlet.http.HttpServletRequest request, Model model) {
        Application a = chronic.draft(citizen.accountId(), id);
        try {
            chronic.addMaterials(citizen.accountId(), id, files(request));
            if ("upload".equals(action)) {
                return "redirect:" + BASE + "/applications/" + id + "/step/4";
            }
            chronic.completeMaterials(citizen.accountId(), id);
            return "redirect:" + BASE + "/applications/" + id + "/confirm";
        } catch (BusinessException e) {
            return views.step4(model, a, ChronicApplications.form(a), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/materials/{materialId}/delete")
    String removeMaterial(@PathVariable long id, @PathVariable long materialId) {
        chronic.removeMaterial(citizen.accountId(), id, materialId);
        return "redirect:" + BASE + "/applications/" + id + "/step/4";
    }

    @GetMapping("/applications/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        chronic.own(citizen.accountId(), id);
        return queries.materials(id).stream().filter(m -> m.id() == materialId).findFirst()
                .flatMap(m -> queries.materialContent(id, materialId).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(m.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header("X-Content-Type-Options", "nosniff").body(bytes)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/applications/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        Application a = chronic.own(citizen.accountId(), id);
        if (a.status() != ApplicationStatus.DRAFT || ChronicApplications.form(a).step() < 5) {
            return resume(id);
        }
        return views.confirm(model, a, Map.of());
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean consent, Model model) {
        Application a = chronic.draft(citizen.accountId(), id);
        try {
            chronic.submit(citizen.accountId(), id, consent, AuditTrail.Channel.WEB);
            return "redirect:" + BASE + "/applications/" + id + "/submitted";
        } catch (BusinessException e) {
            return views.confirm(model, a, messages.byField(e));
        }
    }

    /** 信息提交成功. */
    @GetMapping("/applications/{id}/submitted")
    String submitted(@PathVariable long id, Model model) {
        Application a = chronic.own(citizen.accountId(), id);
        if (a.status() == ApplicationStatus.DRAFT) {
            return resume(id);
        }
        model.addAttribute("app", a);
        return "service/chronic/submitted";
    }

    @PostMapping("/applications/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                   org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        chronic.draft(citizen.accountId(), id);
        if (!Confirmation.given(confirmed)) {
            return new Confirmation(messages.text("chronic.discard.confirm.title"),
                    messages.text("chronic.discard.confirm.text"), BASE + "/applications/" + id + "/discard",
                    messages.text("chronic.discard.confirm.button"), BASE + "/applications/" + id).show(model);
        }
        chronic.discard(citizen.accountId(), id);
        flash.addFlashAttribute("notice", messages.text("chronic.discarded"));
        return "redirect:" + BASE;
    }

    private String step1(Model model, String kind, boolean other, @Nullable Application draft,
                         Map<String, String> errors, String otherIdNumber, String otherPhone) {
        model.addAttribute("kind", kind);
        model.addAttribute("other", other);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("otherIdNumber", otherIdNumber);
        model.addAttribute("otherPhone", otherPhone);
        if (draft == null && !other) {
            citizen.personId().ifPresent(p -> views.basicFacts(model, p, null));
        } else if (draft != null) {
            views.basicFacts(model, draft.personId(), draft);
        }
        return "service/chronic/step1";
    }

    private static String kind(String kind) {
        return ChronicForm.SPECIAL.equals(kind) ? ChronicForm.SPECIAL : ChronicForm.CHRONIC;
    }

    static List<ChronicApplications.NewMaterial> files(jakarta.servlet.http.HttpServletRequest request) {
        return MaterialUploads.files(request, ChronicApplications.NewMaterial::new);
    }
}
