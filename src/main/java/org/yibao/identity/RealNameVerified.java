package org.yibao.identity;

/** An account was linked to its insured person by real-name verification. */
public record RealNameVerified(long accountId, long personId, RealNameMethod method) {
}
