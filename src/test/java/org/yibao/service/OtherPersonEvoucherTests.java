package org.yibao.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessException;
import org.yibao.support.YibaoHttpTest;

/**
 * Another person's e-voucher password (为他人申报, 新增备案人): the phone is checked before the password, tries are
 * counted per requester and person and per person overall, and never lock the holder's own e-voucher.
 */
class OtherPersonEvoucherTests extends YibaoHttpTest {

    private static final String PHONE = "13912345678";

    @Autowired
    Subjects subjects;

    @Test
    void aStrangerCannotLockSomeonesEvoucher() {
        TestPerson p = person("冯他人");
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(1001, p, PHONE, "975311")).isEqualTo("SERVICE_OTHER_PASSWORD_WRONG");
        }
        assertThat(refusal(1001, p, PHONE, "975311")).isEqualTo("SERVICE_OTHER_TOO_MANY_TRIES");
        assertThat(refusal(1001, p, PHONE, "135790")).as("the requester's tries are used up for today")
                .isEqualTo("SERVICE_OTHER_TOO_MANY_TRIES");
        assertThat(jdbc.sql("select locked_until is null and failed_attempts = 0 from voucher_evoucher where person_id = ?")
                .param(p.id()).query(Boolean.class).single()).as("the holder's e-voucher is untouched").isTrue();
        assertThat(subjects.verified(1002, p.idNumber(), PHONE, "135790").personId()).isEqualTo(p.id());
    }

    @Test
    void theWrongPhoneIsToldBeforeThePasswordIsLookedAtAndCostsNoTry() {
        TestPerson p = person("卫手机");
        for (int i = 0; i < 8; i++) {
            assertThat(refusal(2001, p, "13900000000", "975311")).isEqualTo("SERVICE_OTHER_PHONE_MISMATCH");
        }
        assertThat(refusal(2001, p, "13900000000", "135790")).isEqualTo("SERVICE_OTHER_PHONE_MISMATCH");
        assertThat(subjects.verified(2001, p.idNumber(), PHONE, "135790").personId()).isEqualTo(p.id());
    }

    @Test
    void manyRequestersTogetherHaveTenTriesAPersonADay() {
        TestPerson p = person("蒋共计");
        for (int requester = 3001; requester <= 3002; requester++) {
            for (int i = 0; i < 5; i++) {
                assertThat(refusal(requester, p, PHONE, "975311")).isEqualTo("SERVICE_OTHER_PASSWORD_WRONG");
            }
        }
        assertThat(refusal(3003, p, PHONE, "975311")).isEqualTo("SERVICE_OTHER_TOO_MANY_TRIES");
    }

    private TestPerson person(String name) {
        TestPerson p = insuredPerson(name, "130200", "246810", "135790");
        jdbc.sql("update insured_person set phone = ? where id = ?").params(PHONE, p.id()).update();
        return p;
    }

    private String refusal(long requester, TestPerson p, String phone, String password) {
        try {
            subjects.verified(requester, p.idNumber(), phone, password);
            return "none";
        } catch (BusinessException e) {
            return e.code();
        }
    }
}
