package org.yibao.service.office;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Masking;
import org.yibao.insured.ResidentEnrollment;
import org.yibao.service.Application;

/**
 * One online submission in 公服待办业务查询: a service application, or a resident enrollment (城乡居民参保登记) of
 * the insured module, with where the clerk opens it. Names and ID numbers are masked.
 */
record PendingRow(String number, String typeName, String statusName, boolean decided, String name, String idNumber,
                  String regionCode, OffsetDateTime submittedAt, @Nullable OffsetDateTime decidedAt,
                  @Nullable String decidedBy, String link, String anchor) {

    interface Texts {
        String text(String key);
    }

    static PendingRow of(Application a, Texts texts) {
        return new PendingRow(String.valueOf(a.id()), texts.text("service.type." + a.type().name()),
                texts.text("service.status." + a.status().name()), PendingPages.DECIDED.contains(a.status()),
                a.maskedName(), a.maskedIdNumber(), a.regionCode(), a.submittedAt(), a.decidedAt(),
                a.autoDecided() ? texts.text("service.actor.AUTO") : clerk(a.decidedBy()),
                "/staff/applications/" + a.id(), "application-" + a.id());
    }

    static PendingRow of(ResidentEnrollment e, Texts texts) {
        boolean decided = e.status().name().equals("APPROVED") || e.status().name().equals("REJECTED");
        return new PendingRow("E" + e.id(), texts.text("office.type.RESIDENT_ENROLLMENT"),
                texts.text("enrollment.status." + e.status().name()), decided, Masking.name(e.name()),
                Masking.idNumber(e.idNumber()), e.regionCode(),
                e.submittedAt() != null ? e.submittedAt() : e.createdAt(), e.decidedAt(), e.decidedBy(),
                "/staff/enrollments/" + e.id(), "enrollment-" + e.id());
    }

    private static @Nullable String clerk(@Nullable String actor) {
        return actor != null && actor.startsWith("staff:") ? actor.substring("staff:".length()) : actor;
    }
}
