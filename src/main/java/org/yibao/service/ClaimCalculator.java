package org.yibao.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * Port through which a 零星报销 is computed by the settlement side: the same policy engine, parameters and the
 * person's year-to-date accumulators as a direct settlement of that visit type on that date at that institution.
 * Implemented by the settlement module (which depends on this one), so that {@code service} stays below it.
 */
public interface ClaimCalculator {

    /** One fee line as the clerk entered it from the invoice: a catalog code, quantity and unit price. */
    record Item(String code, BigDecimal quantity, Money unitPrice) {
    }

    /** The visit: person, date, national med_type, the institution (a catalog code, or none when typed). */
    record Claim(long personId, LocalDate date, String medType, @Nullable String institutionCode, List<Item> items) {
    }

    /**
     * The split as a settlement answers it: {@code fund} is every fund's part together (基本医保, 大病保险 or 职工大额,
     * 医疗救助), one {@link Line} per fund type as the settlement's {@code setldetail}, and the plain-Chinese
     * explanation line by line.
     */
    record Split(Money total, Money fullOwnPay, Money overLimit, Money prepaid, Money inScope, Money deductible,
                 Money fund, Money personal, BigDecimal ratio, List<String> explanation, @Nullable List<Line> lines) {
    }

    /** One fund's part: the national fund type (310100, 390200, 330100, 610100, 510100 …) and its amount. */
    record Line(String fundType, Money amount) {
    }

    /** A claim recorded as the person's settlement (its {@code setl_id}) with the split as then computed. */
    record Recorded(String setlId, Split split) {
    }

    /** Computes without recording; refuses (BusinessException) an unknown item or a visit without parameters. */
    Split trial(Claim claim);

    /**
     * Records the claim once as the person's settlement, computed with the accumulators as they then stand, and
     * counts it in the year's accumulators; a second call with the same reference answers the first settlement.
     */
    Recorded record(Claim claim, String reference, String clerkLogin);

    /**
     * Takes a recorded claim back exactly (its settlement reversed, what it added to each accumulator removed);
     * false when the reference has no settlement in force.
     */
    boolean reverse(String reference, String clerkLogin);

    /** Whether the person has a settlement in force at the institution on a day from {@code from} to {@code to}. */
    boolean settledDirectly(long personId, String institutionCode, LocalDate from, LocalDate to);
}
