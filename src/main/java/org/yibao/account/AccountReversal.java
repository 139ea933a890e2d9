package org.yibao.account;

import org.yibao.common.Money;

/** A reversed payment: what went back to the own and to the authorizer's account (cash is the caller's business). */
public record AccountReversal(String reference, Money acctRestored, Money mulaidRestored) {
}
