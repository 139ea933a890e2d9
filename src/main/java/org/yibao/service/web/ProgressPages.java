package org.yibao.service.web;

import java.util.List;
import java.util.Set;
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
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.FlashOutcome;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.ServiceMessages;

/**
 * 办件进度 (seed 000): the citizen's applications under 全部 / 受理中 / 已完成 with a type filter (and, without one,
 * the resident enrollments and premium payments of {@link InsuredProgress}), one application
 * with its content, materials, commitments and history, and the applicant's cancel and revoke. Only the applicant
 * and the person the application is about may read it; anyone else meets the not-found page.
 */
@Controller
@RequestMapping("/applications")
class ProgressPages {

    static final List<String> TABS = List.of("all", "progress", "done");

    private final ApplicationQueries queries;
    private final Applications applications;
    private final ServiceMessages serviceMessages;
    private final ApplicationContent content;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final InsuredProgress insured;

    ProgressPages(ApplicationQueries queries, Applications applications, ServiceMessages serviceMessages,
                  ApplicationContent content, CurrentCitizen citizen, Messages messages, InsuredProgress insured) {
        this.insured = insured;
        this.queries = queries;
        this.applications = applications;
        this.serviceMessages = serviceMessages;
        this.content = content;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "all") String tab, @RequestParam(defaultValue = "") String type,
                Model model) {
        String chosenTab = TABS.contains(tab) ? tab : "all";
        ApplicationType chosenType = ApplicationType.parse(type).orElse(null);
        Set<ApplicationStatus> statuses = switch (chosenTab) {
            case "progress" -> ApplicationStatus.IN_PROGRESS;
            case "done" -> ApplicationStatus.COMPLETED;
            default -> Set.of();
        };
        model.addAttribute("tab", chosenTab);
        model.addAttribute("tabs", TABS);
        model.addAttribute("type", chosenType == null ? "" : chosenType.name());
        model.addAttribute("types", ApplicationType.values());
        model.addAttribute("applications", queries.progress(citizen.accountId(), citizen.personId().orElse(null),
                statuses, chosenType));
        model.addAttribute("insured", chosenType == null
                ? insured.rows(citizen.accountId(), citizen.personId().orElse(null), chosenTab) : List.of());
        return "service/applications";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Application a = visible(id);
        serviceMessages.readAbout(citizen.accountId(), id);
        boolean mine = a.applicantAccount() == citizen.accountId();
        model.addAttribute("app", a);
        model.addAttribute("lines", content.lines(a));
        model.addAttribute("materials", queries.materials(id));
        model.addAttribute("commitments", queries.commitments(id));
        model.addAttribute("history", content.history(queries.history(id)));
        model.addAttribute("reasonText", content.decisionReason(a));
        model.addAttribute("mine", mine);
        model.addAttribute("cancellable", mine && content.cancellable(a));
        model.addAttribute("revocable", mine && content.revocable(a));
        model.addAttribute("draftPath", a.status() == ApplicationStatus.DRAFT && mine ? ApplicationContent.draftPath(a) : null);
        return "service/application";
    }

    @GetMapping("/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        if (visible(id).applicantAccount() != citizen.accountId()) {
            throw new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND");
        }
        return MaterialResponses.file(queries, id, materialId, false);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                  RedirectAttributes flash) {
        Application a = visible(id);
        if (!Confirmation.given(confirmed) && a.status().cancellable()) {
            return confirm(model, a, "cancel");
        }
        return act(id, flash, "office.progress.cancelled",
                () -> applications.cancel(citizen.accountId(), id, AuditTrail.Channel.WEB));
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                  RedirectAttributes flash) {
        Application a = visible(id);
        if (!content.revocable(a)) {
            flash.addFlashAttribute("flash", messages.text("error.SERVICE_NOT_REVOCABLE"));
            flash.addFlashAttribute("flashError", true);
            return "redirect:/applications/" + id;
        }
        if (!Confirmation.given(confirmed)) {
            return confirm(model, a, "revoke");
        }
        return act(id, flash, "office.progress.revoked",
                () -> applications.revoke(citizen.accountId(), id, AuditTrail.Channel.WEB));
    }

    /** 取消申请 / 撤销 asks once, naming the application's type, number and whom it is about. */
    private String confirm(Model model, Application a, String what) {
        String type = messages.text("service.type." + a.type().name());
        String path = "/applications/" + a.id();
        return new Confirmation(messages.text("office.progress." + what + ".confirm.title"),
                messages.text("office.progress." + what + ".confirm.text", type, a.id()), path + "/" + what,
                messages.text("office.progress." + what + ".confirm.button"), path).show(model);
    }

    private String act(long id, RedirectAttributes flash, String doneKey, Runnable action) {
        FlashOutcome.run(flash, messages, doneKey, action);
        return "redirect:/applications/" + id;
    }

    private Application visible(long id) {
        return visible(queries, citizen, id);
    }

    static Application visible(ApplicationQueries queries, CurrentCitizen citizen, long id) {
        @Nullable Long own = citizen.personId().orElse(null);
        return queries.visibleTo(citizen.accountId(), own, id)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }
}
