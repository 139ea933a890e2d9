package org.yibao.voucher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;

/** The 6-digit payment password refuses what a thief would try first. */
class VoucherPasswordRuleTests {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
            "135790, 135790, OK",
            "246810, 246810, OK",
            "112233, 112233, OK",
            "111111, 111111, VOUCHER_PASSWORD_REPEATED",
            "000000, 000000, VOUCHER_PASSWORD_REPEATED",
            "123456, 123456, VOUCHER_PASSWORD_SEQUENTIAL",
            "345678, 345678, VOUCHER_PASSWORD_SEQUENTIAL",
            "654321, 654321, VOUCHER_PASSWORD_SEQUENTIAL",
            "987654, 987654, VOUCHER_PASSWORD_SEQUENTIAL",
            "12345, 12345, VOUCHER_PASSWORD_FORMAT",
            "12a456, 12a456, VOUCHER_PASSWORD_FORMAT",
            "1357900, 1357900, VOUCHER_PASSWORD_FORMAT",
            "135790, 135791, VOUCHER_PASSWORD_MISMATCH",
    })
    void refusesRepeatedSequentialAndMalformedPasswords(String password, String confirm, String expected) {
        InputErrors errors = new InputErrors();
        PaymentPasswordRule.check(errors, "password", password, "confirmPassword", confirm);
        if ("OK".equals(expected)) {
            assertThat(errors.isEmpty()).isTrue();
            return;
        }
        try {
            errors.throwIfAny();
            throw new AssertionError("expected " + expected);
        } catch (BusinessException e) {
            assertThat(e.code()).isEqualTo(expected);
        }
    }
}
