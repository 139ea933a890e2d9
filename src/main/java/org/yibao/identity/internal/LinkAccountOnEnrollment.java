package org.yibao.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yibao.common.AuditTrail;
import org.yibao.insured.EnrollmentApproved;

/**
 * A clerk who approved someone's own resident enrollment has seen their identity documents: that is as good as
 * real-name verification, so the applicant's account is linked to the new person (unless it is linked already,
 * or the person is linked to another account).
 */
@Component
class LinkAccountOnEnrollment {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    LinkAccountOnEnrollment(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EnrollmentApproved event) {
        if (!event.forSelf() || !event.reviewedByAgency()) {
            return;
        }
        int linked = jdbc.sql("""
                update identity_account set person_id = ?, real_name_method = 'AGENCY_REVIEW', real_name_at = ?
                where id = ? and person_id is null
                  and not exists (select 1 from identity_account where person_id = ?)""")
                .params(event.personId(), OffsetDateTime.now(clock), event.applicantAccount(), event.personId()).update();
        if (linked == 1) {
            audit.record("account:" + event.applicantAccount(), "person:" + event.personId(), "REAL_NAME_VERIFIED",
                    AuditTrail.Channel.SYSTEM, "AGENCY_REVIEW of enrollment " + event.enrollmentId());
        }
    }
}
