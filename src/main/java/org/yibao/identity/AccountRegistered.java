package org.yibao.identity;

/** A citizen registered an account with a verified phone number. */
public record AccountRegistered(long accountId) {
}
