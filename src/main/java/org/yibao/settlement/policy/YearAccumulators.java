package org.yibao.settlement.policy;

import java.util.Map;

/** A person's accumulators of one year, by visit type and fund ({@code "11/310100"}). */
public record YearAccumulators(long personId, int year, Map<String, YearToDate> byBucket) {

    public YearAccumulators {
        byBucket = Map.copyOf(byBucket);
    }

    /** What the person has used so far for a visit type and fund; nothing when there is no row yet. */
    public YearToDate of(String medType, String fundType) {
        return byBucket.getOrDefault(key(medType, fundType), YearToDate.NONE);
    }

    static String key(String medType, String fundType) {
        return medType + "/" + fundType;
    }
}
