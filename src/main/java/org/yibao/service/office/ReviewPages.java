package org.yibao.service.office;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.FlashOutcome;
import org.yibao.common.web.Messages;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.ReviewReasons;
import org.yibao.service.web.ApplicationContent;
import org.yibao.service.web.MaterialResponses;

/**
 * 待审核业务: the queue of the clerk's region (administrators: every region) with filters, and one application
 * beside its materials and the person's insurance facts, to claim, approve or reject with a reason. Another
 * region's application answers as if it did not exist, on every route.
 */
@Controller
@RequestMapping("/staff/applications")
class ReviewPages {

    static final Set<ApplicationStatus> OPEN = ApplicationStatus.IN_PROGRESS;

    private final ApplicationQueries queries;
    private final Applications applications;
    private final ApplicationContent content;
    private final InsuredPersons persons;
    private final Contributions contributions;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;
    private final Clock clock;

    ReviewPages(ApplicationQueries queries, Applications applications, ApplicationContent content,
                InsuredPersons persons, Contributions contributions, PoolingRegions regions, CurrentStaff staff,
                Messages messages, Clock clock) {
        this.queries = queries;
        this.applications = applications;
        this.content = content;
        this.persons = persons;
        this.contributions = contributions;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String idNumber, @RequestParam(defaultValue = "1") int page,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 Model model) {
        OfficeFilter typed = OfficeFilter.of(type, status, from, to, idNumber, page);
        ApplicationStatus chosen = typed.applicationStatus().orElse(null);
        ApplicationQueries.Filter query = typed.query(staff, chosen);
        Set<ApplicationStatus> among = chosen == null ? OPEN : Set.of();
        int total = queries.countAmong(query, among);
        int pages = Math.max(1, (total + OfficeFilter.PAGE_SIZE - 1) / OfficeFilter.PAGE_SIZE);
        OfficeFilter filter = typed.page() > pages ? typed.onPage(pages) : typed;
        QueueSort order = QueueSort.of(sort, dir);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("types", ApplicationType.values());
        model.addAttribute("statuses", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.CANCELLED,
                ApplicationStatus.REVOKED));
        model.addAttribute("applications", queries.searchAmong(query, among, order.order(), filter.offset(),
                OfficeFilter.PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("pages", pages);
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("scope", staff.regionCode().flatMap(regions::find).orElse(null));
        return "service/office/queue";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Application a = visible(id);
        model.addAttribute("app", a);
        model.addAttribute("lines", content.lines(a));
        model.addAttribute("materials", queries.materials(id));
        model.addAttribute("commitments", queries.commitments(id));
        model.addAttribute("history", content.history(queries.history(id)));
        model.addAttribute("reasonText", content.decisionReason(a));
        model.addAttribute("region", regions.find(a.regionCode()).orElse(null));
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("periods", persons.periods(a.personId()));
        model.addAttribute("continuousYears", continuousYears(a.personId()));
        model.addAttribute("reasons", ReviewReasons.CODES);
        model.addAttribute("open", a.status().inProgress() && staff.mayWorkIn(a.regionCode()));
        model.addAttribute("mine", staff.login().equals(a.claimedBy()));
        return "service/office/application";
    }

    @GetMapping("/{id:\\d+}/materials/{materialId:\\d+}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId,
                                    @RequestParam(defaultValue = "false") boolean thumb) {
        visible(id);
        return MaterialResponses.file(queries, id, materialId, thumb);
    }

    @PostMapping("/{id:\\d+}/claim")
    String claim(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "office.review.claimed", () -> applications.claim(StaffActors.of(staff), id));
    }

    @PostMapping("/{id:\\d+}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
        return act(id, flash, "office.review.approved", () -> applications.approve(StaffActors.of(staff), id,
                note.length() > 300 ? note.substring(0, 300) : note));
    }

    @PostMapping("/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reasonCode,
                  @RequestParam(defaultValue = "") String reasonText, RedirectAttributes flash) {
        return act(id, flash, "office.review.rejected",
                () -> applications.reject(StaffActors.of(staff), id, reasonCode, reasonText));
    }

    private String act(long id, RedirectAttributes flash, String doneKey, Runnable action) {
        visible(id);
        FlashOutcome.run(flash, messages, doneKey, action);
        return "redirect:/staff/applications/" + id;
    }

    private int continuousYears(long personId) {
        return contributions.history(new PersonId(personId)).continuousYears(BusinessTime.today(clock));
    }

    /** Drafts and other regions' applications do not exist for this clerk (a 转移接续 is both regions'). */
    private Application visible(long id) {
        return queries.find(id)
                .filter(a -> a.status() != ApplicationStatus.DRAFT
                        && content.regions(a).stream().anyMatch(staff::mayWorkIn))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }
}
