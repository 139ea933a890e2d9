package org.yibao.family;

/**
 * PENDING while the member's face verification is outstanding, REVIEW (待审核) while a binding without it waits for
 * the agency's review, ACTIVE once bound, ENDED when removed, withdrawn or rejected.
 */
public enum BindingStatus {
    PENDING, REVIEW, ACTIVE, ENDED
}
