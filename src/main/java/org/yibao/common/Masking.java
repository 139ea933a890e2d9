package org.yibao.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How personal identifiers are shown to people and written to logs (never in full). */
public final class Masking {

    private static final Pattern ID_NUMBERS = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern PHONES = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private Masking() {
    }

    /** {@code 1302**********1017}. */
    public static String idNumber(String value) {
        if (value == null || value.length() < 8) {
            return "********";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** {@code 138****0001}. */
    public static String phone(String value) {
        if (value == null || value.length() != 11) {
            return "***********";
        }
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    /** {@code 王*国} for three characters, {@code 王*} for two: the family name and the last character stay. */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        int n = value.codePointCount(0, value.length());
        if (n == 1) {
            return value;
        }
        String first = new String(Character.toChars(value.codePointAt(0)));
        if (n == 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(value.codePointBefore(value.length())));
        return first + "*".repeat(n - 2) + last;
    }

    /** Masks every ID number and mobile number found in free text (a safety net for log lines). */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = ID_NUMBERS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "**********" + m.group(2)));
        return PHONES.matcher(out).replaceAll("$1****$2");
    }
}
