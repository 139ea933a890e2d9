package org.yibao.insured.web;

import java.util.List;
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
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.insured.EnrollmentStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.insured.ResidentEnrollment;
import org.yibao.insured.ResidentEnrollments;

/**
 * The agency's review of resident enrollments, until the general back office of service applications arrives:
 * a clerk sees and decides the enrollments of their own region only; administrators see all.
 */
@Controller
@RequestMapping("/staff/enrollments")
class EnrollmentReviewPages {

    static final List<String> REJECT_REASONS = List.of("UNCLEAR", "IDENTITY", "CONDITIONS", "INSURED_ELSEWHERE", "OTHER");

    private final ResidentEnrollments enrollments;
    private final InsuredPersons persons;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    EnrollmentReviewPages(ResidentEnrollments enrollments, InsuredPersons persons, PoolingRegions regions,
                          CurrentStaff staff, Messages messages) {
        this.enrollments = enrollments;
        this.persons = persons;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "SUBMITTED") String status,
                 @RequestParam(defaultValue = "1") String page, Model model) {
        EnrollmentStatus chosen = EnrollmentStatus.SUBMITTED;
        for (EnrollmentStatus s : EnrollmentStatus.values()) {
            if (s.name().equals(status) && s != EnrollmentStatus.DRAFT) {
                chosen = s;
            }
        }
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", List.of(EnrollmentStatus.SUBMITTED, EnrollmentStatus.APPROVED,
                EnrollmentStatus.REJECTED, EnrollmentStatus.CANCELLED));
        ResidentEnrollments.QueuePage shown = enrollments.queue(staff.regionCode().orElse(null), chosen, pageNumber(page));
        model.addAttribute("queue", shown);
        model.addAttribute("enrollments", shown.rows());
        model.addAttribute("regions", regions.byCode());
        return "insured/staff-enrollments";
    }

    /** The page asked for; anything that is not a page number (or is out of range) is the first page. */
    private static int pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ResidentEnrollment e = visible(id);
        model.addAttribute("enrollment", e);
        model.addAttribute("region", regions.find(e.regionCode()).orElse(null));
        model.addAttribute("materials", enrollments.materials(id));
        model.addAttribute("reasons", REJECT_REASONS);
        model.addAttribute("existing", persons.findByIdNumber(new org.yibao.common.IdNumber(e.idNumber()))
                .map(p -> persons.periods(p.id())).orElse(List.of()));
        return "insured/staff-enrollment";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        visible(id);
        try {
            enrollments.approveByClerk(staff.login(), id);
            flash.addFlashAttribute("notice", messages.text("review.notice.approved"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        return "redirect:/staff/enrollments/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        visible(id);
        try {
            if (!REJECT_REASONS.contains(reason)) {
                throw BusinessException.invalid("reason", "REVIEW_REASON_REQUIRED");
            }
            String label = messages.text("review.reason." + reason);
            String full = text.isBlank() ? label : label + "：" + text.strip();
            enrollments.reject(staff.login(), id, full.length() > 200 ? full.substring(0, 200) : full);
            flash.addFlashAttribute("notice", messages.text("review.notice.rejected"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        return "redirect:/staff/enrollments/" + id;
    }

    @GetMapping("/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        visible(id);
        return EnrollmentPages.materialResponse(enrollments, id, materialId);
    }

    /** Another region's enrollment answers as if it did not exist. */
    private ResidentEnrollment visible(long id) {
        return enrollments.find(id)
                .filter(e -> e.status() != EnrollmentStatus.DRAFT && staff.mayWorkIn(e.regionCode()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ENROLLMENT_NOT_FOUND"));
    }
}
