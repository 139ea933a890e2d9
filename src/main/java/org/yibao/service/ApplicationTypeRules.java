package org.yibao.service;

import java.util.List;

/**
 * What one application type adds to the common workflow. Implemented once per type (慢特病, 异地就医备案) and
 * called by {@link Applications} inside its transaction, so a refusal here changes nothing.
 */
public interface ApplicationTypeRules {

    ApplicationType type();

    /** Refuses submission (with a BusinessException) while the form, materials or commitments are incomplete. */
    void checkSubmit(Application application, List<Material> materials, List<String> acceptedCommitments);

    /** The application was approved (by a clerk or a rule): create what it grants. */
    void approved(Application application);

    /** Refuses revocation of an approved application (e.g. within six months), or ends what it granted. */
    default void revoked(Application application) {
        throw new IllegalStateException(type() + " applications cannot be revoked");
    }

    /** The application's content, line by line, for its detail pages (citizen and back office). */
    List<FormLine> describe(Application application);

    /** Whether the applicant may revoke an approved application of this type (已撤销). */
    default boolean revocableByApplicant() {
        return false;
    }

    /**
     * The 亲情代办 right that lets an account act on someone else's approved application of this type (撤销 by a
     * proxy who did not file it); none by default.
     */
    default java.util.Optional<org.yibao.common.PersonAccess.Action> proxyAction() {
        return java.util.Optional.empty();
    }

    /** Whether auto-approval may apply at all to this application (beyond the region's configured rule). */
    default boolean autoApprovable(Application application) {
        return true;
    }

    /**
     * Two-region types (转移接续): a clerk's or rule's approval in the first region does this stage's work and hands
     * the application to the answered region for its own review instead of completing it. Empty: approval completes.
     */
    default java.util.Optional<String> handOver(Application application) {
        return java.util.Optional.empty();
    }

    /** The application ended without approval (驳回 or 已取消): undo what an earlier stage prepared. */
    default void closedUnapproved(Application application) {
    }

    /** Whether the applicant may still withdraw it, beyond its status (e.g. not once the first region approved). */
    default boolean cancellable(Application application) {
        return true;
    }

    /** The regions whose clerks may read the application: where it is decided now and, for 转移接续, the old region. */
    default List<String> regions(Application application) {
        return List.of(application.regionCode());
    }
}
