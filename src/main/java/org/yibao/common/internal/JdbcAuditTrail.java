package org.yibao.common.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.yibao.common.AuditTrail;
import org.yibao.common.Masking;
import org.yibao.common.RoundTrips;

/**
 * Writes audit records in the caller's transaction, so a rolled-back change leaves no record either. Nothing reads
 * them back meanwhile, so they travel with the transaction's next round trip or its commit ({@link RoundTrips#defer}).
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final RoundTrips roundTrips;
    private final Clock clock;

    JdbcAuditTrail(RoundTrips roundTrips, Clock clock) {
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String subject, String action, Channel channel, String detail) {
        String safeDetail = detail == null ? null : Masking.scrub(detail);
        if (safeDetail != null && safeDetail.length() > 500) {
            safeDetail = safeDetail.substring(0, 500);
        }
        roundTrips.defer("""
                insert into common_audit_record (occurred_at, actor, subject, action, channel, detail)
                values (?, ?, ?, ?, ?, ?)""", OffsetDateTime.now(clock), actor, subject, action, channel.name(), safeDetail);
    }
}
