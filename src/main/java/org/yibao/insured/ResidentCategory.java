package org.yibao.insured;

import java.time.LocalDate;
import org.yibao.common.IdNumber;

/**
 * 参保身份 of a resident (城乡居民): decides the person type, who may choose it (by age) and which share of the
 * individual part the person pays; medical assistance (医疗救助) pays the rest for 低保 (60 %) and 特困 (all).
 */
public enum ResidentCategory {
    STUDENT_CHILD(PersonType.RESIDENT_CHILD, 0, 18, 10_000),
    ADULT(PersonType.RESIDENT_ADULT, 18, 60, 10_000),
    ELDER(PersonType.RESIDENT_ELDER, 60, 200, 10_000),
    MINIMUM_INCOME(PersonType.RESIDENT_ADULT, 0, 200, 4_000),
    EXTREME_POVERTY(PersonType.RESIDENT_ADULT, 0, 200, 0);

    private final PersonType personType;
    private final int minAge;
    private final int maxAgeExclusive;
    private final int payerShareBasisPoints;

    ResidentCategory(PersonType personType, int minAge, int maxAgeExclusive, int payerShareBasisPoints) {
        this.personType = personType;
        this.minAge = minAge;
        this.maxAgeExclusive = maxAgeExclusive;
        this.payerShareBasisPoints = payerShareBasisPoints;
    }

    public PersonType personType() {
        return personType;
    }

    /** Whether a person of this ID number may enroll in this category on {@code day} (by age). */
    public boolean admits(IdNumber id, LocalDate day) {
        int age = id.ageOn(day);
        return age >= minAge && age < maxAgeExclusive;
    }

    /** The share of the individual part the person pays, in basis points (10 000 = all of it). */
    public int payerShareBasisPoints() {
        return payerShareBasisPoints;
    }
}
