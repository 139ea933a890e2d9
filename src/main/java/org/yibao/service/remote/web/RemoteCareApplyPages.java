package org.yibao.service.remote.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.Subjects;
import org.yibao.service.remote.RemoteCareApplying;
import org.yibao.service.remote.RemoteCareForm;
import org.yibao.service.remote.RemoteCarePersons;

/**
 * 备案申报 in steps (seed 000 pages 9–10): 备案类型选择 with the 须知 and 我已阅读, the form (province → city,
 * 申请时间, category, contact; 京津 for Hebei insured answered with the 温馨提示 and no submit), the 承诺书 signed,
 * 确认信息并提交, and the result. The draft exists from the first valid form on and is continued at its step.
 */
@Controller
@RequestMapping("/services/remote-care")
class RemoteCareApplyPages {

    static final String BASE = "/services/remote-care";

    private final RemoteCareApplying applying;
    private final RemoteCarePersons persons;
    private final FormPage formPage;
    private final CurrentCitizen citizen;
    private final Messages messages;

    RemoteCareApplyPages(RemoteCareApplying applying, RemoteCarePersons persons, FormPage formPage,
                         CurrentCitizen citizen, Messages messages) {
        this.applying = applying;
        this.persons = persons;
        this.formPage = formPage;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping("/type")
    String type(@RequestParam long person, Model model) {
        Subjects.Subject s = persons.subject(citizen.accountId(), person, AuditTrail.Channel.WEB);
        model.addAttribute("subject", s);
        model.addAttribute("subjectName", org.yibao.common.Masking.name(s.name()));
        model.addAttribute("person", person);
        try {
            applying.refuseWhileFiled(s);
        } catch (BusinessException e) {
            model.addAttribute("blocked", messages.byField(e).values().iterator().next());
        }
        return "service/remote/type";
    }

    @PostMapping("/type")
    String chooseType(@RequestParam long person, @RequestParam(defaultValue = "") String kind,
                      @RequestParam(defaultValue = "false") boolean noticeRead, Model model) {
        if (!noticeRead || RemoteCareFilings.Kind.LONG_TERM.name().equals(kind) == RemoteCareFilings.Kind.TEMPORARY.name().equals(kind)) {
            model.addAttribute("errors", java.util.Map.of(noticeRead ? "kind" : "noticeRead",
                    messages.text(noticeRead ? "error.REMOTE_KIND_REQUIRED" : "error.REMOTE_NOTICE_REQUIRED")));
            model.addAttribute("chosenKind", kind);
            return type(person, model);
        }
        return "redirect:" + BASE + "/form?person=" + person + "&kind=" + kind;
    }

    @GetMapping("/form")
    String newForm(@RequestParam long person, @RequestParam(defaultValue = "TEMPORARY") String kind, Model model) {
        Subjects.Subject s = persons.subject(citizen.accountId(), person, AuditTrail.Channel.WEB);
        RemoteCareForm form = RemoteCareForm.start(kind, persons.phoneOf(citizen.accountId(), person));
        return formPage.show(model, FormPage.who(s), form, null, null);
    }

    @PostMapping("/form")
    String postNewForm(@RequestParam long person, FormFields fields,
                       @RequestParam(defaultValue = "next") String action, Model model) {
        Subjects.Subject s = persons.subject(citizen.accountId(), person, AuditTrail.Channel.WEB);
        RemoteCareForm form = fields.form();
        if (!"next".equals(action)) {
            return formPage.show(model, FormPage.who(s), form, null, null);
        }
        try {
            long id = applying.start(citizen.accountId(), s, form, AuditTrail.Channel.WEB);
            return "redirect:" + BASE + "/applications/" + id;
        } catch (BusinessException e) {
            return formPage.show(model, FormPage.who(s), form, null, messages.byField(e));
        }
    }

    /** Continues a draft at its step; a submitted application lives in 办件进度. */
    @GetMapping("/applications/{id}")
    String continueDraft(@PathVariable long id, @RequestParam(required = false) @Nullable String step, Model model) {
        Application a = applying.own(citizen.accountId(), id);
        if (a.status() != ApplicationStatus.DRAFT) {
            return "redirect:/applications/" + id;
        }
        String at = step != null ? step : applying.signed(id) ? "confirm" : "commitment";
        return switch (at) {
            case "form" -> formPage.show(model, FormPage.who(a), applying.form(a), a, null);
            case "confirm" -> confirm(model, a, null);
            default -> commitment(model, a, null);
        };
    }

    @PostMapping("/applications/{id}/form")
    String postDraftForm(@PathVariable long id, FormFields fields, @RequestParam(defaultValue = "next") String action,
                         Model model) {
        Application a = applying.draft(citizen.accountId(), id);
        RemoteCareForm form = fields.form();
        if (!"next".equals(action)) {
            return formPage.show(model, FormPage.who(a), form, a, null);
        }
        try {
            applying.update(citizen.accountId(), id, form);
            return "redirect:" + BASE + "/applications/" + id + "?step=commitment";
        } catch (BusinessException e) {
            return formPage.show(model, FormPage.who(a), form, a, messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/commitment")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "") String signature,
                @RequestParam(defaultValue = "false") boolean agreed, Model model) {
        try {
            applying.sign(citizen.accountId(), id, signature, agreed);
            return "redirect:" + BASE + "/applications/" + id + "?step=confirm";
        } catch (BusinessException e) {
            model.addAttribute("typedSignature", signature);
            return commitment(model, applying.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, Model model) {
        try {
            applying.submit(citizen.accountId(), id, AuditTrail.Channel.WEB);
            return "redirect:" + BASE + "/applications/" + id + "/result";
        } catch (BusinessException e) {
            return confirm(model, applying.draft(citizen.accountId(), id), messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/result")
    String result(@PathVariable long id, Model model) {
        Application a = applying.own(citizen.accountId(), id);
        if (a.status() == ApplicationStatus.DRAFT) {
            return "redirect:" + BASE + "/applications/" + id;
        }
        model.addAttribute("app", a);
        model.addAttribute("form", applying.form(a));
        model.addAttribute("filing", applying.filing(id).orElse(null));
        model.addAttribute("destination", formPage.destination(applying.form(a)));
        return "service/remote/result";
    }

    private String commitment(Model model, Application a, java.util.@Nullable Map<String, String> errors) {
        model.addAttribute("app", a);
        model.addAttribute("signerName", persons.ownName(citizen.accountId()));
        model.addAttribute("errors", errors);
        return "service/remote/commitment";
    }

    private String confirm(Model model, Application a, java.util.@Nullable Map<String, String> errors) {
        model.addAttribute("app", a);
        model.addAttribute("lines", applying.lines(a));
        model.addAttribute("errors", errors);
        return "service/remote/confirm";
    }
}
