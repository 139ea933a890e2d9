package org.yibao.service;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Masking;

/**
 * One application as stored: who applied, for whom, where it is decided, its typed form (JSON, read by the type's
 * own code), where it stands and who decided it. {@code decidedBy} is a clerk login or {@code AUTO:<rule>}.
 */
public record Application(long id, ApplicationType type, String variant, long applicantAccount, long personId,
                          String personName, String personIdNumber, SubjectRoute route, String regionCode,
                          ApplicationStatus status, String summary, String formJson, @Nullable String claimedBy,
                          @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String reasonCode,
                          @Nullable String reason, OffsetDateTime createdAt, @Nullable OffsetDateTime submittedAt,
                          OffsetDateTime updatedAt) {

    public String maskedName() {
        return Masking.name(personName);
    }

    public String maskedIdNumber() {
        return Masking.idNumber(personIdNumber);
    }

    /** Decided by a rule rather than a clerk. */
    public boolean autoDecided() {
        return decidedBy != null && decidedBy.startsWith(AutoApprovalRules.AUTO_PREFIX);
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + type + ", " + status + "]";
    }
}
