package org.yibao.settlement.policy;

/**
 * What the engine needs to know about the insured person: insurance type, category, full years of continuous
 * contribution (the residents' inpatient bonus) and the number of approved chronic diseases (the 门诊慢特病 cap).
 */
public record PersonFacts(String insutype, PersonCategory category, int continuousYears, int chronicDiseases) {

    public PersonFacts {
        if (continuousYears < 0 || chronicDiseases < 0) {
            throw new IllegalArgumentException("years and diseases cannot be negative");
        }
    }
}
