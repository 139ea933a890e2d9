package org.yibao.family;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.web.Messages;

/**
 * 站内消息 about bindings: a binding under review was approved or rejected (with the reason), or somebody else
 * filed a binding of a child this account has bound. Texts come from the bundle ({@code family.message.<KIND>}
 * with the member's masked name and the reason).
 */
@Service
public class FamilyMessages {

    /** What the message says. */
    public enum Kind {
        GUARDIAN_APPROVED, GUARDIAN_REJECTED, GUARDIAN_NEW_BINDER
    }

    public record Message(long id, Kind kind, String memberName, @Nullable String reasonCode,
                          @Nullable String reasonText, OffsetDateTime createdAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FamilyMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest messages of the account, unread first. */
    public List<Message> latest(long accountId, int limit) {
        return jdbc.sql("""
                select id, kind, member_name, reason_code, reason_text, created_at, read_at is not null as read
                from family_message where account_id = ? order by (read_at is null) desc, id desc limit ?""")
                .params(accountId, limit).query(Message.class).list();
    }

    /** The message as people read it: {@code family.message.<KIND>} with the name and the reason with its text. */
    public static String text(Messages messages, Message m) {
        String reason = m.reasonCode() == null ? ""
                : messages.text("family.reason." + m.reasonCode()) + (m.reasonText() == null ? "" : "（" + m.reasonText() + "）");
        return messages.text("family.message." + m.kind().name(), m.memberName(), reason);
    }

    @Transactional
    public void readAll(long accountId) {
        jdbc.sql("update family_message set read_at = ? where account_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), accountId).update();
    }

    /** Writes one message in the caller's transaction; {@code maskedName} never shows a full name. */
    void tell(long accountId, Kind kind, String maskedName, @Nullable String reasonCode, @Nullable String reasonText) {
        jdbc.sql("""
                insert into family_message (account_id, kind, member_name, reason_code, reason_text, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(accountId, kind.name(), maskedName, reasonCode, reasonText, OffsetDateTime.now(clock)).update();
    }
}
