package org.yibao.identity.internal;

import org.yibao.common.InputErrors;

/** The account password rule: 8 to 20 characters with both letters and digits, no spaces or Chinese characters. */
public final class Passwords {

    static final int MIN = 8;
    static final int MAX = 20;

    private Passwords() {
    }

    public static void check(InputErrors errors, String field, String password, String confirmField, String confirmation) {
        if (password == null || password.isEmpty()) {
            errors.reject(field, "REQUIRED");
        } else if (password.length() < MIN || password.length() > MAX) {
            errors.reject(field, "PASSWORD_LENGTH", MIN, MAX);
        } else if (!password.matches("[\\x21-\\x7E]+")) {
            errors.reject(field, "PASSWORD_CHARACTERS");
        } else if (!password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            errors.reject(field, "PASSWORD_WEAK");
        }
        if (confirmField != null && !errors.has(field) && !password.equals(confirmation)) {
            errors.reject(confirmField, "PASSWORD_MISMATCH");
        }
    }
}
