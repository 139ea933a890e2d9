package org.yibao.insured;

import java.math.BigDecimal;
import org.yibao.common.Money;

/**
 * What a resident's year of insurance costs in a region: the individual part and the fiscal subsidy, and whether
 * the region's agency reviews enrollments (else they are approved automatically).
 */
public record ResidentPremium(String regionCode, int year, Money individual, Money subsidy, boolean agencyReview) {

    /** The amount the person pays for the category (低保 40 %, 特困 nothing), rounded half-up to the fen. */
    public Money payableBy(ResidentCategory category) {
        return individual.times(BigDecimal.valueOf(category.payerShareBasisPoints(), 4));
    }

    /** The part of the individual premium medical assistance pays for the category. */
    public Money assistanceFor(ResidentCategory category) {
        return individual.minus(payableBy(category));
    }
}
