package org.yibao.family;

/** PENDING while the member's face verification is outstanding, ACTIVE once bound, ENDED when removed. */
public enum BindingStatus {
    PENDING, ACTIVE, ENDED
}
