package org.yibao.service;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One line of an application's history: the transition, who made it, from which channel, and why. */
public record StatusChange(@Nullable ApplicationStatus from, ApplicationStatus to, String actor, String channel,
                           @Nullable String reasonCode, @Nullable String reason, OffsetDateTime at) {

    /** The actor as the citizen may see it: a clerk is shown as the agency, a rule as automatic review. */
    public String actorKind() {
        if (actor.startsWith(AutoApprovalRules.AUTO_PREFIX)) {
            return "AUTO";
        }
        return actor.startsWith("staff:") ? "AGENCY" : "CITIZEN";
    }
}
