package org.yibao.account;

import org.yibao.common.Money;

/** Opens an employee's account in a pooling region, optionally with an opening balance (e.g. migrated data). */
public record OpenAccount(long personId, String regionCode, Money openingBalance, String reference) {

    public OpenAccount {
        if (openingBalance.isNegative()) {
            throw new IllegalArgumentException("negative opening balance");
        }
    }
}
