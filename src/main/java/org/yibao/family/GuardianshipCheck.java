package org.yibao.family;

/**
 * Confirms from an authoritative source (公安户籍, a household register service) that a person is the guardian of a
 * child. When Yibao has no implementation, every binding without the child's face waits for the agency's review of
 * the 户口簿 / 出生医学证明; the demo answers from its demo households.
 */
public interface GuardianshipCheck {

    /** True only when the source confirms that {@code guardianPersonId} is a guardian of {@code childPersonId}. */
    boolean confirms(long guardianPersonId, long childPersonId);
}
