package org.yibao.insured;

import org.yibao.common.Money;

/**
 * What a year of resident insurance costs one person: the region's individual part, what the payer pays of it
 * for the person's category, what medical assistance pays (低保, 特困), and the fiscal subsidy.
 */
public record PremiumQuote(Payee payee, int year, Money individual, Money payable, Money assistance, Money subsidy) {

    /** A resident the payer may pay for: the payer themselves or someone the payer enrolled. */
    public record Payee(long personId, String name, String regionCode, ResidentCategory category, boolean own) {

        public String maskedName() {
            return org.yibao.common.Masking.name(name);
        }
    }
}
