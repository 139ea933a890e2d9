package org.yibao.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内消息 about applications: one per transition the citizen should know of (submitted, taken into review,
 * approved, rejected, cancelled, revoked), shown on the home page until read. Texts come from the bundle
 * ({@code service.message.<STATUS>} with the type's name and the summary).
 */
@Service
public class ServiceMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One message with what it needs to be rendered and linked. */
    public record Message(long id, long applicationId, ApplicationType type, String summary, ApplicationStatus status,
                          OffsetDateTime createdAt, boolean read) {
    }

    /** The newest messages of the account, unread first. */
    public List<Message> latest(long accountId, int limit) {
        return jdbc.sql("""
                select m.id, m.application_id, a.type, a.summary, m.status, m.created_at, m.read_at is not null as read
                from service_message m join service_application a on a.id = m.application_id
                where m.account_id = ? order by (m.read_at is null) desc, m.id desc limit ?""")
                .params(accountId, limit).query(Message.class).list();
    }

    public int unread(long accountId) {
        return jdbc.sql("select count(*) from service_message where account_id = ? and read_at is null")
                .param(accountId).query(Integer.class).single();
    }

    /** Marks the account's messages about one application read (opening its detail reads them). */
    @Transactional
    public void readAbout(long accountId, long applicationId) {
        jdbc.sql("update service_message set read_at = ? where account_id = ? and application_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), accountId, applicationId).update();
    }

    @Transactional
    public void readAll(long accountId) {
        jdbc.sql("update service_message set read_at = ? where account_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), accountId).update();
    }
}
