package org.yibao.settlement.policy;

/**
 * The person category a parameter row is written for: employees in service, retired employees (both 310) and
 * residents (390). Retirement changes ratios and caps, so it is part of the parameter key.
 */
public enum PersonCategory {
    EMPLOYED, RETIRED, RESIDENT;

    /** From the insurance period: {@code insutype} and the Yibao {@code psn_type} (12xx = retired). */
    public static PersonCategory of(String insutype, String psnType) {
        if (!"310".equals(insutype)) {
            return RESIDENT;
        }
        return psnType.startsWith("12") ? RETIRED : EMPLOYED;
    }
}
