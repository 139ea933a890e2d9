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

    /** The split as a settlement answers it, and the plain-Chinese explanation line by line. */
    record Split(Money total, Money fullOwnPay, Money overLimit, Money prepaid, Money inScope, Money deductible,
                 Money fund, Money personal, BigDecimal ratio, List<String> explanation) {
    }

    /** Computes without recording; refuses (BusinessException) an unknown item or a visit without parameters. */
    Split trial(Claim claim);

    /** Whether the person has a settlement in force at the institution on a day from {@code from} to {@code to}. */
    boolean settledDirectly(long personId, String institutionCode, LocalDate from, LocalDate to);
}
