package org.yibao.voucher.internal;

import org.yibao.common.InputErrors;

/**
 * The 6-digit e-voucher payment password: digits only, not one digit repeated (111111) and not a run up or down
 * (123456, 654321), because those are the first guesses of anyone holding a lost phone.
 */
public final class PaymentPasswordRule {

    private PaymentPasswordRule() {
    }

    /** Rejects a bad password under {@code field} and a differing confirmation under {@code confirmField}. */
    public static void check(InputErrors errors, String field, String password, String confirmField, String confirm) {
        String p = password == null ? "" : password;
        if (p.isEmpty()) {
            errors.reject(field, "REQUIRED");
        } else if (!p.matches("\\d{6}")) {
            errors.reject(field, "VOUCHER_PASSWORD_FORMAT");
        } else if (repeated(p)) {
            errors.reject(field, "VOUCHER_PASSWORD_REPEATED");
        } else if (sequential(p)) {
            errors.reject(field, "VOUCHER_PASSWORD_SEQUENTIAL");
        } else if (!p.equals(confirm)) {
            errors.reject(confirmField, "VOUCHER_PASSWORD_MISMATCH");
        }
    }

    static boolean repeated(String p) {
        return p.chars().distinct().count() == 1;
    }

    static boolean sequential(String p) {
        return steps(p, 1) || steps(p, -1);
    }

    private static boolean steps(String p, int step) {
        for (int i = 1; i < p.length(); i++) {
            if (p.charAt(i) - p.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
