package org.yibao.settlement.policy;

/**
 * What the engine needs to know about a visit: the national {@code med_type} (11, 14, 21, 41, 51, 52), the
 * institution level (1-3; 0 for a pharmacy), the pooling region and the settlement year.
 */
public record VisitFacts(String medType, int level, String regionCode, int year) {

    public VisitFacts {
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("institution level must be 0 (pharmacy) to 3: " + level);
        }
    }
}
