package org.yibao.common.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.AuditTrail;
import org.yibao.common.Masking;

/** Writes audit records in the caller's transaction, so a rolled-back change leaves no record either. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String subject, String action, Channel channel, String detail) {
        String safeDetail = detail == null ? null : Masking.scrub(detail);
        if (safeDetail != null && safeDetail.length() > 500) {
            safeDetail = safeDetail.substring(0, 500);
        }
        jdbc.sql("""
                insert into common_audit_record (occurred_at, actor, subject, action, channel, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), actor, subject, action, channel.name(), safeDetail)
                .update();
    }
}
