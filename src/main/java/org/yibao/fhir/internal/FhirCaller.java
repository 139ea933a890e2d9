package org.yibao.fhir.internal;

import org.jspecify.annotations.Nullable;

/**
 * Who reads the facade: a citizen (their account and, once real-name verified, their person), an institution
 * (its code, by its interface signature or its cashier's login) or agency staff (a clerk's region; null for
 * administrators, who see every region).
 */
public record FhirCaller(Kind kind, @Nullable Long accountId, @Nullable Long personId, @Nullable String institutionCode,
                         @Nullable String regionCode) {

    public enum Kind { CITIZEN, INSTITUTION, STAFF }

    public static FhirCaller citizen(long accountId, @Nullable Long personId) {
        return new FhirCaller(Kind.CITIZEN, accountId, personId, null, null);
    }

    public static FhirCaller institution(String code) {
        return new FhirCaller(Kind.INSTITUTION, null, null, code, null);
    }

    /** A clerk of {@code regionCode}, or an administrator when it is null. */
    public static FhirCaller staff(@Nullable String regionCode) {
        return new FhirCaller(Kind.STAFF, null, null, null, regionCode);
    }

    public boolean isSelf(long person) {
        return kind == Kind.CITIZEN && personId != null && personId == person;
    }
}
