package org.yibao.account;

/**
 * What the person's part pays for. Personal-account money may not be spent on public health, fitness or wellness
 * (seed 002 限制使用范围, 国办发〔2021〕14号): those purposes are paid in cash, never from an account, and so never
 * from a 家庭共济 authorizer's account either.
 */
public enum AccountPurpose {
    /** 个人负担 at a designated hospital or clinic. */
    MEDICAL(true),
    /** 定点药店购药. */
    PHARMACY(true),
    PUBLIC_HEALTH(false),
    FITNESS(false),
    WELLNESS(false);

    private final boolean accountUsable;

    AccountPurpose(boolean accountUsable) {
        this.accountUsable = accountUsable;
    }

    /** Whether personal accounts (own and 共济) may pay for it at all. */
    public boolean accountUsable() {
        return accountUsable;
    }
}
