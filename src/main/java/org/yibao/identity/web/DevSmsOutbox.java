package org.yibao.identity.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.internal.OutboxSmsGateway;

/** Demo profile only: the text messages Yibao "sent" to a phone, newest first, so codes can be read. */
@RestController
@Profile("demo")
class DevSmsOutbox {

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

    private final OutboxSmsGateway outbox;

    DevSmsOutbox(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    record Sms(String phone, String text, String code, String sentAt) {
    }

    @GetMapping("/dev/sms-outbox")
    List<Sms> messages(@RequestParam(required = false) String phone) {
        InputErrors errors = new InputErrors();
        PhoneNumber number = errors.phone("phone", phone);
        errors.throwIfAny();
        return outbox.latest(number, 20).stream().map(m -> {
            Matcher code = CODE.matcher(m.text());
            return new Sms(m.phone(), m.text(), code.find() ? code.group(1) : null, m.sentAt().toString());
        }).toList();
    }

}
