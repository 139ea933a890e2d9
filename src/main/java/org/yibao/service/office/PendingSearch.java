package org.yibao.service.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.insured.EnrollmentQueue;
import org.yibao.insured.EnrollmentStatus;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;

/**
 * One page of 公服待办业务查询: service applications and resident enrollments in one list, oldest submission first,
 * paged in SQL. When only one source matches, that source pages itself; when both do, each answers only the keys
 * (submission time and number) of its first rows up to the page's end, the keys are merged, and only the page's
 * rows are read in full.
 */
@Component
class PendingSearch {

    record Found(List<PendingRow> rows, int total) {
    }

    /** A row's place in the merged list: time, then applications before enrollments, then number. */
    private record Key(java.time.OffsetDateTime submittedAt, boolean enrollment, long id) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::submittedAt)
                .thenComparing(Key::enrollment).thenComparingLong(Key::id);
    }

    private final ApplicationQueries queries;
    private final EnrollmentQueue enrollments;
    private final CurrentStaff staff;
    private final Messages messages;

    PendingSearch(ApplicationQueries queries, EnrollmentQueue enrollments, CurrentStaff staff, Messages messages) {
        this.queries = queries;
        this.enrollments = enrollments;
        this.staff = staff;
        this.messages = messages;
    }

    /** The rows from {@code offset} on, at most {@code limit}, and how many match in all. */
    Found find(OfficeFilter filter, String review, int offset, int limit) {
        boolean enrollmentsOnly = PendingPages.ENROLLMENT.equals(filter.type());
        boolean applicationsOnly = filter.applicationType().isPresent();
        Set<ApplicationStatus> among = switch (review) {
            case "decided" -> PendingPages.DECIDED;
            case "undecided" -> ApplicationStatus.IN_PROGRESS;
            default -> Set.of();
        };
        ApplicationQueries.Filter query = filter.query(staff, null);
        EnrollmentQueue.Query enrolled = new EnrollmentQueue.Query(staff.regionCode().orElse(null),
                enrollmentStatuses(review), filter.fromDate(), filter.toDate(),
                filter.idNumber().isEmpty() ? null : filter.idNumber());
        int applicationCount = enrollmentsOnly ? 0 : queries.countAmong(query, among);
        int enrollmentCount = applicationsOnly ? 0 : enrollments.count(enrolled);
        PendingRow.Texts texts = messages::text;
        List<PendingRow> rows;
        if (enrollmentCount == 0) {
            rows = applicationCount == 0 ? List.of() : queries.searchAmong(query, among, offset, limit).stream()
                    .map(a -> PendingRow.of(a, texts)).toList();
        } else if (applicationCount == 0) {
            rows = enrollments.page(enrolled, offset, limit).stream().map(e -> PendingRow.of(e, texts)).toList();
        } else {
            rows = merged(query, among, enrolled, offset, limit, texts);
        }
        return new Found(rows, applicationCount + enrollmentCount);
    }

    private List<PendingRow> merged(ApplicationQueries.Filter query, Set<ApplicationStatus> among,
                                    EnrollmentQueue.Query enrolled, int offset, int limit, PendingRow.Texts texts) {
        int end = offset + limit;
        List<Key> keys = new ArrayList<>();
        queries.keysAmong(query, among, end).forEach(k -> keys.add(new Key(k.submittedAt(), false, k.id())));
        enrollments.keys(enrolled, end).forEach(k -> keys.add(new Key(k.submittedAt(), true, k.id())));
        keys.sort(Key.ORDER);
        List<Key> page = keys.subList(Math.min(offset, keys.size()), Math.min(end, keys.size()));
        Map<Long, PendingRow> applications = new HashMap<>();
        Map<Long, PendingRow> enrolledRows = new HashMap<>();
        queries.byIds(page.stream().filter(k -> !k.enrollment()).map(Key::id).toList())
                .forEach(a -> applications.put(a.id(), PendingRow.of(a, texts)));
        enrollments.byIds(page.stream().filter(Key::enrollment).map(Key::id).toList())
                .forEach(e -> enrolledRows.put(e.id(), PendingRow.of(e, texts)));
        return page.stream().map(k -> k.enrollment() ? enrolledRows.get(k.id()) : applications.get(k.id()))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static List<EnrollmentStatus> enrollmentStatuses(String review) {
        return switch (review) {
            case "decided" -> List.of(EnrollmentStatus.APPROVED, EnrollmentStatus.REJECTED);
            case "undecided" -> List.of(EnrollmentStatus.SUBMITTED);
            default -> List.of(EnrollmentStatus.SUBMITTED, EnrollmentStatus.APPROVED, EnrollmentStatus.REJECTED,
                    EnrollmentStatus.CANCELLED);
        };
    }
}
