package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.yibao.support.YibaoHttpTest;

/** Log lines, on the console and in the JSON file, never carry a full ID number or phone number. */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTests extends YibaoHttpTest {

    @Test
    void masksIdAndPhoneNumbersInEveryLogLine(CapturedOutput output) throws Exception {
        LoggerFactory.getLogger("org.yibao.test").info("careless line about 130203197503121017 at 13800000001");
        assertThat(output.getOut()).contains("careless line about 1302**********1017 at 138****0001")
                .doesNotContain("130203197503121017").doesNotContain("13800000001");
        Path file = Path.of("target/test-logs/yibao.log");
        String json = Files.readString(file);
        assertThat(json).contains("careless line about 1302**********1017 at 138****0001")
                .doesNotContain("130203197503121017");
        assertThat(json.lines().filter(l -> l.contains("careless line")).findFirst().orElseThrow()).startsWith("{");
    }

    @Test
    void smsCodesAndPasswordsNeverReachTheLog(CapturedOutput output) {
        String phone = registeredPhone("Secret2025");
        String code = jdbc.sql("select text from identity_sms_outbox where phone = ? order by id desc limit 1")
                .param(phone).query(String.class).single().replaceAll("\\D*(\\d{6}).*", "$1");
        login(phone, "Secret2025");
        assertThat(output.getOut()).doesNotContain("Secret2025").doesNotContain("验证码" + code).doesNotContain(phone);
    }
}
