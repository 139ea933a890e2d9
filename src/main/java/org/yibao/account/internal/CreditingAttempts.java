package org.yibao.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.account.CreditingRun;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;

/**
 * The rows of {@code account_crediting_attempt}: claiming a month's run, one progress update per batch, the end.
 * Times are the database's, so that every node measures progress and staleness on the same clock.
 */
@Component
class CreditingAttempts {

    /** First key of the advisory lock a month's claim takes; the second is the month. */
    private static final int CLAIM_LOCK = 0x43524544;

    private static final String SELECT = """
            select id, period_year, period_month, started_by, started_at, progress_at, finished_at, due, done,
                   credited_fen, status, reason, detail, now() as as_of
            from account_crediting_attempt""";

    private final JdbcClient jdbc;

    CreditingAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed run: a new one, or the running one a start joined. */
    record Claim(long id, boolean joined) {
    }

    /**
     * Claims the month's run inside the caller's transaction: joins the running one, takes over one whose progress
     * is older than {@code staleAfter} (marking it failed), or records a new one. Refuses a month already credited.
     */
    Claim claim(YearMonth month, String startedBy, Duration staleAfter) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CLAIM_LOCK, month.getYear() * 12 + month.getMonthValue())
                .query((rs, n) -> 1).list();
        requireNotCredited(month);
        record Running(long id, boolean stale) {
        }
        Optional<Running> running = jdbc.sql("""
                select id, progress_at < now() - make_interval(secs => ?) from account_crediting_attempt
                where period_year = ? and period_month = ? and status = 'RUNNING' for update""")
                .params(staleAfter.toSeconds(), month.getYear(), month.getMonthValue())
                .query((rs, n) -> new Running(rs.getLong(1), rs.getBoolean(2))).optional();
        if (running.isPresent() && !running.get().stale()) {
            return new Claim(running.get().id(), true);
        }
        running.ifPresent(r -> failed(r.id(), CreditingRun.Reason.STALE, null));
        long id = jdbc.sql("""
                insert into account_crediting_attempt (period_year, period_month, started_by, started_at, progress_at,
                                                       status)
                values (?, ?, ?, now(), now(), 'RUNNING') returning id""")
                .params(month.getYear(), month.getMonthValue(), startedBy).query(Long.class).single();
        return new Claim(id, false);
    }

    /** Refuses a month whose crediting finished (or that the demo's opening balances contain). */
    void requireNotCredited(YearMonth month) {
        String status = jdbc.sql("select status from account_crediting_run where period_year = ? and period_month = ?")
                .params(month.getYear(), month.getMonthValue()).query(String.class).optional().orElse("RUNNING");
        if (!"RUNNING".equals(status)) {
            throw BusinessException.invalid("month", "CREDITING_MONTH_DONE", month.toString());
        }
    }

    void counted(long id, int due) {
        jdbc.sql("update account_crediting_attempt set due = ?, progress_at = now() where id = ?").params(due, id)
                .update();
    }

    /** One batch's progress; called in the batch's transaction. */
    void credited(long id, int accounts, long fen) {
        jdbc.sql("""
                update account_crediting_attempt set done = done + ?, credited_fen = credited_fen + ?, progress_at = now()
                where id = ?""").params(accounts, fen, id).update();
    }

    void finished(long id) {
        jdbc.sql("""
                update account_crediting_attempt set status = 'DONE', finished_at = now(), due = coalesce(due, done)
                where id = ? and status = 'RUNNING'""").param(id).update();
    }

    void failed(long id, CreditingRun.Reason reason, @Nullable String detail) {
        jdbc.sql("""
                update account_crediting_attempt set status = 'FAILED', reason = ?, detail = ?, finished_at = now()
                where id = ? and status = 'RUNNING'""").params(reason.name(), detail, id).update();
    }

    Optional<CreditingRun> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CreditingAttempts::run).optional();
    }

    List<CreditingRun> latest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(Math.max(0, Math.min(limit, 100)))
                .query(CreditingAttempts::run).list();
    }

    private static CreditingRun run(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new CreditingRun(rs.getLong("id"), YearMonth.of(rs.getInt("period_year"), rs.getInt("period_month")),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("progress_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getObject("due", Integer.class), rs.getInt("done"),
                Money.ofFen(rs.getLong("credited_fen")), CreditingRun.Status.valueOf(rs.getString("status")),
                reason == null ? null : CreditingRun.Reason.valueOf(reason), rs.getString("detail"),
                rs.getObject("as_of", OffsetDateTime.class).toInstant());
    }
}
