package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessException;
import org.yibao.identity.internal.StaffLogins;
import org.yibao.support.TestIds;
import org.yibao.support.YibaoHttpTest;

/** The password rule (common passwords, 64 characters) and staff lockouts that stay with the address they came from. */
class PasswordRuleTests extends YibaoHttpTest {

    @Autowired
    StaffLogins staffLogins;

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        Json r = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", smsCode(phone), "password", "Password123",
                "agreementAccepted", true));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("PASSWORD_COMMON");
        assertThat(r.text("detail")).isEqualTo("该密码过于常见，容易被他人猜中，请换一个密码");
        assertThat(jdbc.sql("select count(*) from identity_account where phone = ?").param(phone).query(Long.class).single())
                .isZero();
    }

    @Test
    void acceptsSixtyFourCharactersAndLogsInWithThem() {
        String password = "Yb7".repeat(21) + "x";
        assertThat(password).hasSize(64);
        String phone = registeredPhone(password);
        assertThat(login(phone, password)).isNotBlank();
        assertThat(post("/api/v1/auth/login", Map.of("username", phone, "password", password + "y")).text("code"))
                .as("65 characters are refused before anything is looked at").isEqualTo("TOO_LONG");
    }

    @Test
    void refusesALoginPasswordOfMoreThanSixtyFourBytesBeforeHashingIt() {
        String chinese = "医".repeat(22);
        Json r = post("/api/v1/auth/login", Map.of("username", "13800000001", "password", chinese));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("TOO_LONG");
    }

    @Test
    void aStaffLoginLockedFromOneAddressStaysOpenFromAnother() {
        for (int i = 0; i < 5; i++) {
            try {
                staffLogins.authenticate("clerk360600", "Wrong2025", "203.0.113.66");
            } catch (BusinessException expected) {
                assertThat(expected.code()).isIn("LOGIN_FAILED", "LOGIN_LOCKED");
            }
        }
        assertThat(refusal(() -> staffLogins.authenticate("clerk360600", "Clerk2025", "203.0.113.66")))
                .isEqualTo("LOGIN_LOCKED");
        assertThat(staffLogins.authenticate("clerk360600", "Clerk2025", "198.51.100.23").login()).isEqualTo("clerk360600");
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
            return "none";
        } catch (BusinessException e) {
            return e.code();
        }
    }
}
