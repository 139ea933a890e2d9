package org.yibao.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity card number (居民身份证号码) by GB 11643-1999: 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 * {@link #toString()} is masked so that an ID number never reaches a log in full by accident.
 */
public record IdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{16}[0-9X]");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdNumber {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("not a valid GB 11643 ID number");
        }
    }

    /** The normalized number (upper-case X) when the text is a valid ID number, else empty. */
    public static Optional<IdNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String v = text.strip().toUpperCase(Locale.ROOT);
        return isValid(v) ? Optional.of(new IdNumber(v)) : Optional.empty();
    }

    private static boolean isValid(String v) {
        return FORMAT.matcher(v).matches() && checkCharacter(v) == v.charAt(17) && birthDateOf(v) != null;
    }

    /** The check character for the first 17 digits of {@code text}. */
    public static char checkCharacter(String text) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String v) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
            return date.getYear() < 1800 ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    /** The administrative division the number was issued in (first six digits). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** {@code 1302**********1017}: first four and last four characters. */
    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
