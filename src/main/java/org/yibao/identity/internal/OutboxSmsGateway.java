package org.yibao.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.SmsGateway;
import org.yibao.identity.SmsMessage;

/**
 * The demo's SMS adapter: it keeps each message in an outbox table instead of sending it, shown at
 * {@code /dev/sms-outbox}. Demo profile only: elsewhere no message is "sent" unless an SMS provider is configured.
 */
@Component
@Profile("demo")
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(PhoneNumber phone, SmsMessage message) {
        jdbc.sql("insert into identity_sms_outbox (phone, text, sent_at) values (?, ?, ?)")
                .params(phone.value(), message.text(), OffsetDateTime.now(clock)).update();
        log.info("SMS to {} placed in the outbox", phone.masked());
    }

    public record Message(String phone, String text, OffsetDateTime sentAt) {
    }

    /** The latest messages to a phone, newest first. */
    public List<Message> latest(PhoneNumber phone, int limit) {
        return jdbc.sql("select phone, text, sent_at from identity_sms_outbox where phone = ? order by id desc limit ?")
                .params(phone.value(), limit).query(Message.class).list();
    }
}
