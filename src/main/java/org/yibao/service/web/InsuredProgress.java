package org.yibao.service.web;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.common.AuditTrail;
import org.yibao.insured.EnrollmentStatus;
import org.yibao.insured.PaymentStatus;
import org.yibao.insured.PremiumPayer;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.ResidentEnrollments;

/**
 * 办件进度 beyond the workflow's applications: the citizen's 城乡居民参保登记 (also those filed for others, 代办) and
 * 城乡居民缴费, each under 受理中 or 已完成 by where it stands, newest first, linking to its own page.
 */
@Component
class InsuredProgress {

    private static final Set<EnrollmentStatus> ENROLLMENT_OPEN = Set.of(EnrollmentStatus.DRAFT, EnrollmentStatus.SUBMITTED);

    private final ResidentEnrollments enrollments;
    private final PremiumPayments premiums;

    InsuredProgress(ResidentEnrollments enrollments, PremiumPayments premiums) {
        this.enrollments = enrollments;
        this.premiums = premiums;
    }

    /** One row: its kind (ENROLLMENT, PREMIUM), what and for whom, its status key, when and where it is read. */
    record Row(String kind, String title, String maskedName, String statusKey, boolean done, boolean ok,
               OffsetDateTime at, String path) {
    }

    /** The rows of the tab ("all", "progress" or "done"). */
    List<Row> rows(long accountId, @Nullable Long personId, String tab) {
        Stream<Row> enrolled = enrollments.ofApplicant(accountId).stream().map(e -> new Row("ENROLLMENT",
                e.category().name(), e.maskedName(), "enrollment.status." + e.status().name(),
                !ENROLLMENT_OPEN.contains(e.status()), e.status() == EnrollmentStatus.APPROVED,
                e.submittedAt() != null ? e.submittedAt() : e.createdAt(), "/services/resident-enrollment/" + e.id()));
        Stream<Row> paid = premiums.list(new PremiumPayer(accountId, personId, AuditTrail.Channel.WEB)).stream()
                .map(p -> new Row("PREMIUM", Integer.toString(p.year()), p.maskedName(),
                        "premium.status." + p.status().name(), p.status() != PaymentStatus.PENDING,
                        p.status() == PaymentStatus.PAID, p.createdAt(), "/insurance/premium/" + p.id()));
        return Stream.concat(enrolled, paid)
                .filter(r -> "all".equals(tab) || ("done".equals(tab) == r.done()))
                .sorted(Comparator.comparing(Row::at).reversed()).limit(50).toList();
    }
}
