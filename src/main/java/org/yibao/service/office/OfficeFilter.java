package org.yibao.service.office;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yibao.common.web.CurrentStaff;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;

/**
 * The back office's filters as typed in: type, status, submission dates, ID number and page. Unreadable dates are
 * left out and reported; clerks are always limited to their own region.
 */
record OfficeFilter(String type, String status, String from, String to, String idNumber, int page,
                    List<String> problems) {

    static final int PAGE_SIZE = 20;
    /** The last page anyone may ask for (200,000 rows): a larger number is read as this one. */
    static final int MAX_PAGE = 10_000;

    static OfficeFilter of(@Nullable String type, @Nullable String status, @Nullable String from, @Nullable String to,
                           @Nullable String idNumber, int page) {
        List<String> problems = new ArrayList<>();
        String f = clean(from);
        String t = clean(to);
        if (!f.isEmpty() && date(f) == null) {
            problems.add("from");
            f = "";
        }
        if (!t.isEmpty() && date(t) == null) {
            problems.add("to");
            t = "";
        }
        return new OfficeFilter(clean(type), clean(status), f, t, clean(idNumber).toUpperCase(),
                Math.min(Math.max(page, 1), MAX_PAGE),
                List.copyOf(problems));
    }

    /** The same filter on another page (the last one, when the asked one is past the end). */
    OfficeFilter onPage(int other) {
        return new OfficeFilter(type, status, from, to, idNumber, Math.min(Math.max(other, 1), MAX_PAGE), problems);
    }

    Optional<ApplicationType> applicationType() {
        return type.isEmpty() ? Optional.empty() : ApplicationType.parse(type);
    }

    Optional<ApplicationStatus> applicationStatus() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.name().equals(status) && s != ApplicationStatus.DRAFT) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Nullable LocalDate fromDate() {
        return date(from);
    }

    @Nullable LocalDate toDate() {
        return date(to);
    }

    ApplicationQueries.Filter query(CurrentStaff staff, @Nullable ApplicationStatus status) {
        return new ApplicationQueries.Filter(staff.regionCode().orElse(null), applicationType().orElse(null), status,
                fromDate(), toDate(), idNumber.isEmpty() ? null : idNumber);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private static @Nullable LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
