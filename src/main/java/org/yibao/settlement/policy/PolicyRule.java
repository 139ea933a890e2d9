package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * One row of the policy parameters, current version: for a region, year, insurance type, person category, visit
 * type and institution level, the deductible (per year, or per stay for inpatient care), the fund's ratio, the
 * residents' bonus per full five years of continuous contribution and its maximum, the yearly fund cap and, for
 * 门诊慢特病, the cap with two or more approved diseases. No {@code fundType} means the fund pays nothing
 * (定点药店购药 41).
 */
public record PolicyRule(long id, String regionCode, int year, String insutype, PersonCategory category,
                         String medType, int level, @Nullable String fundType, Money deductible,
                         boolean deductiblePerStay, BigDecimal ratio, BigDecimal bonusPerFiveYears,
                         BigDecimal bonusMax, Money yearlyCap, @Nullable Money multiDiseaseCap, int version) {

    public boolean paysFund() {
        return fundType != null;
    }

    /** The ratio with the continuous-contribution bonus: + bonus per full 5 years, at most + bonusMax, at most 100 %. */
    public BigDecimal ratioFor(int continuousYears) {
        BigDecimal bonus = bonusPerFiveYears.multiply(BigDecimal.valueOf(continuousYears / 5)).min(bonusMax);
        return ratio.add(bonus).min(BigDecimal.ONE);
    }

    /**
     * The same row with the fund ratio lowered by {@code points} percentage points (never below zero): a visit in
     * another province without an active 异地就医备案 is paid at the insured region's lower ratio.
     */
    public PolicyRule withRatioCut(int points) {
        if (points <= 0) {
            return this;
        }
        BigDecimal lowered = ratio.subtract(BigDecimal.valueOf(points, 2)).max(BigDecimal.ZERO);
        return new PolicyRule(id, regionCode, year, insutype, category, medType, level, fundType, deductible,
                deductiblePerStay, lowered, bonusPerFiveYears, bonusMax, yearlyCap, multiDiseaseCap, version);
    }

    /** The yearly cap: the two-or-more-diseases cap when there is one and the person has that many diseases. */
    public Money capFor(int chronicDiseases) {
        return multiDiseaseCap != null && chronicDiseases >= 2 ? multiDiseaseCap : yearlyCap;
    }
}
