package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({"王建国, 王*国", "孙强, 孙*", "欧阳娜娜, 欧**娜", "王, 王"})
    void namesKeepTheFamilyNameAndTheLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void phonesShowThreeAndFourDigits() {
        assertThat(Masking.phone("13800000001")).isEqualTo("138****0001");
        assertThat(new PhoneNumber("13800000001").toString()).isEqualTo("138****0001");
    }

    @Test
    void scrubsIdAndPhoneNumbersOutOfFreeText() {
        String text = "login 130203197503121017 and 13060220020220162X from 13800000001, order 12345678901234567890";
        assertThat(Masking.scrub(text)).isEqualTo(
                "login 1302**********1017 and 1306**********162X from 138****0001, order 12345678901234567890");
    }

    @Test
    void refusesNumbersThatAreNotMainlandMobiles() {
        assertThat(PhoneNumber.parse("12800000001")).isEmpty();
        assertThat(PhoneNumber.parse("1380000000")).isEmpty();
        assertThat(PhoneNumber.parse(" 13800000001 ")).contains(new PhoneNumber("13800000001"));
    }
}
