package org.yibao.common;

/**
 * Every state change that matters to a citizen or to money leaves a record here: who did it, for whom, what,
 * when and through which channel. Callers pass masked or opaque identifiers only.
 */
public interface AuditTrail {

    void record(String actor, String subject, String action, Channel channel, String detail);

    /** Where a request came from. */
    enum Channel { WEB, API, STAFF, INSTITUTION, SYSTEM }
}
