package org.yibao.service.office;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.insured.EnrollmentStatus;
import org.yibao.insured.ResidentEnrollments;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;

/**
 * 公服待办业务查询 (seed 003): every online submission of the clerk's region — service applications and resident
 * enrollments — with 已审核 / 未审核 and the queue's filters; the statistics per type and status (城乡居民参保登记
 * counted with its own states, which share the applications' names); and the CSV export
 * (UTF-8 with BOM, names and ID numbers masked).
 */
@Controller
@RequestMapping("/staff/applications")
class PendingPages {

    static final String ENROLLMENT = "RESIDENT_ENROLLMENT";
    static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
            ApplicationStatus.REVOKED);
    static final int EXPORT_LIMIT = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApplicationQueries queries;
    private final ResidentEnrollments enrollments;
    private final PendingSearch search;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;
    private final Clock clock;

    PendingPages(ApplicationQueries queries, ResidentEnrollments enrollments, PendingSearch search,
                 PoolingRegions regions, CurrentStaff staff, Messages messages, Clock clock) {
        this.queries = queries;
        this.enrollments = enrollments;
        this.search = search;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/all")
    String all(@RequestParam(required = false) String type, @RequestParam(defaultValue = "") String review,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String idNumber, @RequestParam(defaultValue = "1") int page,
               Model model) {
        OfficeFilter filter = OfficeFilter.of(type, "", from, to, idNumber, page);
        String chosenReview = review(review);
        PendingSearch.Found found = search.find(filter, chosenReview, filter.offset(), OfficeFilter.PAGE_SIZE);
        List<PendingRow> rows = found.rows();
        model.addAttribute("filter", filter);
        model.addAttribute("review", chosenReview);
        model.addAttribute("types", ApplicationType.values());
        model.addAttribute("rows", rows);
        model.addAttribute("total", found.total());
        model.addAttribute("pages", Math.max(1, (found.total() + OfficeFilter.PAGE_SIZE - 1) / OfficeFilter.PAGE_SIZE));
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("scope", staff.regionCode().flatMap(regions::find).orElse(null));
        return "service/office/pending";
    }

    @GetMapping("/stats")
    String stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        OfficeFilter filter = OfficeFilter.of("", "", from, to, "", 1);
        List<ApplicationStatus> statuses = EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)).stream().toList();
        Map<ApplicationType, Map<ApplicationStatus, Integer>> table = new LinkedHashMap<>();
        for (ApplicationType t : ApplicationType.values()) {
            Map<ApplicationStatus, Integer> row = new LinkedHashMap<>();
            statuses.forEach(s -> row.put(s, 0));
            table.put(t, row);
        }
        for (ApplicationQueries.Tally tally : queries.tally(filter.query(staff, null))) {
            table.get(tally.type()).put(tally.status(), tally.count());
        }
        Map<EnrollmentStatus, Integer> enrolled = enrollments.tally(staff.regionCode().orElse(null),
                filter.fromDate(), filter.toDate());
        Map<ApplicationStatus, Integer> enrollmentRow = new LinkedHashMap<>();
        statuses.forEach(s -> enrollmentRow.put(s, 0));
        enrolled.forEach((status, count) -> enrollmentRow.put(ApplicationStatus.valueOf(status.name()), count));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", statuses);
        model.addAttribute("table", table);
        model.addAttribute("enrollmentRow", enrollmentRow);
        model.addAttribute("scope", staff.regionCode().flatMap(regions::find).orElse(null));
        return "service/office/stats";
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String type,
                                  @RequestParam(defaultValue = "") String review,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String idNumber) {
        OfficeFilter filter = OfficeFilter.of(type, "", from, to, idNumber, 1);
        PendingSearch.Found found = search.find(filter, review(review), 0, EXPORT_LIMIT);
        Map<String, PoolingRegion> byCode = regions.byCode();
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(messages.text("office.csv.number"), messages.text("office.csv.type"),
                messages.text("office.csv.status"), messages.text("office.csv.name"),
                messages.text("office.csv.idNumber"), messages.text("office.csv.region"),
                messages.text("office.csv.submitted"), messages.text("office.csv.decided"),
                messages.text("office.csv.reviewer")));
        for (PendingRow r : found.rows()) {
            PoolingRegion region = byCode.get(r.regionCode());
            line(csv, List.of(r.number(), r.typeName(), r.statusName(), r.name(), r.idNumber(),
                    region == null ? r.regionCode() : region.name(), time(r.submittedAt()), time(r.decidedAt()),
                    r.decidedBy() == null ? "" : r.decidedBy()));
        }
        String fileName = "applications-" + BusinessTime.today(clock).toString().replace("-", "") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String review(String review) {
        return review.equals("decided") || review.equals("undecided") ? review : "";
    }

    private static String time(@Nullable OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(BusinessTime.ZONE).format(TIME);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted where needed; a leading formula character is neutralised so spreadsheets show text, not formulas. */
    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
