package org.yibao.family.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yibao.common.AuditTrail;
import org.yibao.insured.EnrollmentApproved;

/**
 * 参保登记代办: a child bound by 亲情代办 before being insured (a newborn, 未办理身份证) becomes the binding's insured
 * member once an enrollment of their ID number is approved, so the proxy then sees their insurance and acts for them.
 */
@Component
class LinkProxyMemberOnEnrollment {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LinkProxyMemberOnEnrollment(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(EnrollmentApproved event) {
        int linked = jdbc.sql("""
                update family_proxy_member m set member_person = p.id from insured_person p
                where p.id = ? and m.member_person is null and m.member_id_number = p.id_number
                  and m.status in ('ACTIVE', 'REVIEW')""")
                .param(event.personId()).update();
        if (linked > 0) {
            audit.record("system", "person:" + event.personId(), "PROXY_MEMBER_INSURED", AuditTrail.Channel.SYSTEM,
                    "enrollment " + event.enrollmentId() + ", " + linked + " binding(s)");
        }
    }
}
