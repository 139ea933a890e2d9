package org.yibao.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money in fen (分). Yuan with two decimals appear only at the edges (API, pages);
 * ratios are applied with {@link #times(BigDecimal)}, rounding half-up to the fen.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses a yuan amount with at most two decimals, e.g. {@code "1860.00"}. */
    public static Money ofYuan(String yuan) {
        return ofYuan(new BigDecimal(yuan.strip()));
    }

    @JsonCreator
    public static Money ofYuan(BigDecimal yuan) {
        if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + yuan);
        }
        return new Money(yuan.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(BigDecimal ratio) {
        return new Money(BigDecimal.valueOf(fen).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** Yuan with two decimals: how money appears in JSON and on pages. */
    @JsonValue
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /** {@code 1860.00}. */
    @Override
    public String toString() {
        return yuan().toPlainString();
    }
}
