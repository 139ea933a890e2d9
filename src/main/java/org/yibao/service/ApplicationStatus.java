package org.yibao.service;

import java.util.EnumSet;
import java.util.Set;

/**
 * 草稿 → 已提交 → 受理中 → 已完成 (通过) / 已驳回 / 已取消 (by the applicant before completion) / 已撤销 (a
 * registration revoked later). Message key {@code service.status.<NAME>}.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, APPROVED, REJECTED, CANCELLED, REVOKED;

    /** 受理中 in the citizen's progress tabs: submitted and not yet decided. */
    public static final Set<ApplicationStatus> IN_PROGRESS = EnumSet.of(SUBMITTED, IN_REVIEW);

    /** 已完成 in the citizen's progress tabs: decided one way or another. */
    public static final Set<ApplicationStatus> COMPLETED = EnumSet.of(APPROVED, REJECTED, CANCELLED, REVOKED);

    public boolean inProgress() {
        return IN_PROGRESS.contains(this);
    }

    public boolean completed() {
        return COMPLETED.contains(this);
    }

    /** The applicant may still withdraw it (已取消). */
    public boolean cancellable() {
        return this == DRAFT || inProgress();
    }
}
