package org.yibao.service.internal;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.service.ApplicationStatus;

/** Writes the 站内消息 that tells a citizen where their application now stands, in the transition's transaction. */
@Component
public class ServiceMessageWriter {

    private final JdbcClient jdbc;

    ServiceMessageWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void tell(long accountId, long applicationId, ApplicationStatus status, OffsetDateTime at) {
        jdbc.sql("insert into service_message (account_id, application_id, status, created_at) values (?, ?, ?, ?)")
                .params(accountId, applicationId, status.name(), at).update();
    }
}
