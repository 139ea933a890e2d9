package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.internal.OutboxSmsGateway;

/**
 * Demo profile only: the text messages Yibao "sent" to a phone, newest first, so codes can be read. Whoever reads
 * a code can take the account, so it answers only on the machine itself: a client from any other address, or a
 * request relayed by a proxy, is told there is no such page.
 */
@RestController
@Profile("demo")
class DevSmsOutbox {

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");
    /** Set by Tomcat's RemoteIpValve on a request whose client address it took from a proxy's header. */
    private static final String TOMCAT_FORWARDED = "org.apache.tomcat.request.forwarded";

    private final OutboxSmsGateway outbox;

    DevSmsOutbox(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    record Sms(String phone, String text, String code, String sentAt) {
    }

    @GetMapping("/dev/sms-outbox")
    List<Sms> messages(@RequestParam(required = false) String phone, HttpServletRequest request) {
        if (!fromThisMachine(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        InputErrors errors = new InputErrors();
        PhoneNumber number = errors.phone("phone", phone);
        errors.throwIfAny();
        return outbox.latest(number, 20).stream().map(m -> {
            Matcher code = CODE.matcher(m.text());
            return new Sms(m.phone(), m.text(), code.find() ? code.group(1) : null, m.sentAt().toString());
        }).toList();
    }

    /**
     * Both ends of the connection on loopback and nothing relayed: a proxy's headers (or Tomcat having applied them
     * under {@code server.forward-headers-strategy=native}) mean the client is elsewhere, whatever address they claim.
     */
    private static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
                || request.getAttribute(TOMCAT_FORWARDED) != null) {
            return false;
        }
        return loopback(request.getRemoteAddr()) && loopback(request.getLocalAddr());
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
