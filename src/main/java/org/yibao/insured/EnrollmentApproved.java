package org.yibao.insured;

/**
 * A resident enrollment was approved and the person is insured in the region. {@code reviewedByAgency}: a clerk
 * checked the identity documents (not an automatic approval), so the applicant's account may be linked to the
 * person when the enrollment was for the applicant.
 */
public record EnrollmentApproved(long enrollmentId, long personId, long applicantAccount, boolean forSelf,
                                 boolean reviewedByAgency) {
}
