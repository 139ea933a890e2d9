package org.yibao.common;

import java.util.Optional;

/** A mainland China mobile number (11 digits starting 13–19). {@link #toString()} is masked. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !value.matches("1[3-9]\\d{9}")) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
    }

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String v = text.strip();
        return v.matches("1[3-9]\\d{9}") ? Optional.of(new PhoneNumber(v)) : Optional.empty();
    }

    /** {@code 138****0001}. */
    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
