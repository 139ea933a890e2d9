package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    @ParameterizedTest
    @CsvSource({
            "130203197503121017, 1975-03-12, MALE",
            "130203197706181028, 1977-06-18, FEMALE",
            "13060220020220162X, 2002-02-20, FEMALE",
            "11010519491231002x, 1949-12-31, FEMALE",
            "440524188001010014, 1880-01-01, MALE"})
    void acceptsValidNumbersAndReadsBirthDateAndGender(String text, LocalDate birth, Gender gender) {
        IdNumber id = IdNumber.parse(text).orElseThrow();
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.gender()).isEqualTo(gender);
        assertThat(id.value()).isEqualTo(text.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"130203197503121018", "130203197502301010", "030203197503121017", "13020319750312101",
            "1302031975031210171", "13020319750312101Y", "", "   ", "abc"})
    void refusesWrongCheckDigitsDatesAndFormats(String text) {
        assertThat(IdNumber.parse(text)).isEmpty();
        assertThatThrownBy(() -> new IdNumber(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13020319750312101"})
    void computesTheCheckCharacterOfTheFirstSeventeenDigits(String first17) {
        assertThat(IdNumber.checkCharacter(first17)).isEqualTo('7');
    }

    @org.junit.jupiter.api.Test
    void neverPrintsInFull() {
        IdNumber id = new IdNumber("130203197503121017");
        assertThat(id.masked()).isEqualTo("1302**********1017");
        assertThat(id.toString()).isEqualTo("1302**********1017");
        assertThat(id.ageOn(LocalDate.of(2026, 3, 11))).isEqualTo(50);
        assertThat(id.ageOn(LocalDate.of(2026, 3, 12))).isEqualTo(51);
    }
}
