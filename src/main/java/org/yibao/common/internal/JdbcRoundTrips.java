package org.yibao.common.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yibao.common.RoundTrips;

/**
 * {@link RoundTrips} on PostgreSQL's JDBC driver, which sends the statements of one multi-statement prepared
 * statement together and answers their results in order. The queue of deferred writes belongs to the transaction:
 * it is set aside while an inner {@code REQUIRES_NEW} transaction runs, sent before commit (with the commit, when
 * nothing in it needs checking first, or every check has a guard) and dropped on rollback.
 */
@Component
class JdbcRoundTrips implements RoundTrips {

    /** What {@code common_guard} raises. */
    private static final String GUARD_FAILED = "YBG01";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ThreadLocal<Boolean> careful = ThreadLocal.withInitial(() -> false);

    JdbcRoundTrips(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void defer(String sql, Object... params) {
        defer(Sql.update(sql, params), NO_CHECK);
    }

    @Override
    public void deferInTransaction(String sql, Object... params) {
        Queue queue = queue();
        if (queue == null) {
            throw new IllegalTransactionStateException("a write deferred to the caller's transaction needs one");
        }
        queue.writes.add(new Deferred(Sql.update(sql, params), NO_CHECK, null));
    }

    @Override
    public void defer(Sql statement, Check check) {
        defer(statement, check, null);
    }

    @Override
    public void defer(Sql statement, Check check, @Nullable Sql guard) {
        Queue queue = queue();
        if (queue == null) {
            check.accept(send(List.of(statement)).get(0));
        } else {
            queue.writes.add(new Deferred(statement, check, guard));
        }
    }

    @Override
    public <T> T carefully(Supplier<T> work) {
        boolean before = careful.get();
        careful.set(true);
        try {
            return work.get();
        } finally {
            careful.set(before);
        }
    }

    @Override
    public List<@Nullable Object> run(List<Sql> statements) {
        Queue queue = queue();
        if (queue == null || queue.writes.isEmpty()) {
            return send(statements);
        }
        List<Deferred> deferred = List.copyOf(queue.writes);
        queue.writes.clear();
        List<Sql> all = new ArrayList<>(deferred.size() + statements.size());
        deferred.forEach(d -> all.add(d.statement()));
        all.addAll(statements);
        List<@Nullable Object> results = send(all);
        check(deferred, results);
        return results.subList(deferred.size(), results.size());
    }

    private static void check(List<Deferred> deferred, List<@Nullable Object> results) {
        for (int i = 0; i < deferred.size(); i++) {
            deferred.get(i).check().accept(results.get(i));
        }
    }

    private static final Check NO_CHECK = outcome -> {
    };

    private static final Sql COMMIT = Sql.update("commit");

    /** A queued statement, the check of its outcome and, when there is one, its guard. */
    private record Deferred(Sql statement, Check check, @Nullable Sql guard) {

        /** True when it may be sent with the commit: nothing to check, or a guard to send instead. */
        boolean mayCommit(boolean careful) {
            return check == NO_CHECK || guard != null && !careful;
        }
    }

    @Override
    public int mark() {
        Queue queue = queue();
        return queue == null ? 0 : queue.writes.size();
    }

    @Override
    public void discardSince(int mark) {
        Queue queue = queue();
        if (queue != null && queue.writes.size() > mark) {
            queue.writes.subList(mark, queue.writes.size()).clear();
        }
    }

    /** The current transaction's queue, created on first use; null outside a transaction. */
    private @Nullable Queue queue() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Queue queue = (Queue) TransactionSynchronizationManager.getResource(this);
        if (queue == null) {
            queue = new Queue();
            TransactionSynchronizationManager.bindResource(this, queue);
            TransactionSynchronizationManager.registerSynchronization(queue);
        }
        return queue;
    }

    private List<@Nullable Object> send(List<Sql> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        String sql = statements.stream().map(Sql::text).collect(Collectors.joining(";\n"));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int index = 1;
            for (Sql statement : statements) {
                for (Object param : statement.params()) {
                    bind(ps, index++, param);
                }
            }
            List<@Nullable Object> results = new ArrayList<>(statements.size());
            boolean isResultSet = ps.execute();
            for (Sql statement : statements) {
                if (isResultSet) {
                    try (ResultSet rs = ps.getResultSet()) {
                        results.add(statement.reader() == null ? null : statement.reader().extractData(rs));
                    }
                } else {
                    results.add(ps.getUpdateCount());
                }
                isResultSet = ps.getMoreResults();
            }
            return results;
        } catch (SQLException e) {
            if (GUARD_FAILED.equals(e.getSQLState())) {
                throw new GuardFailed(e);
            }
            RuntimeException translated = jdbc.getExceptionTranslator().translate("RoundTrips", sql, e);
            throw translated == null ? new UncategorizedSQLException("RoundTrips", sql, e) : translated;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Binds a parameter the way the driver reads its Java type (strings, numbers, booleans, {@code java.time} values
     * and arrays are all it is given here); Spring's general-purpose binding costs more than the statement's own
     * encoding on these paths. A null is bound untyped, for the server to infer.
     */
    private static void bind(PreparedStatement ps, int index, @Nullable Object param) throws SQLException {
        if (param == null) {
            ps.setNull(index, Types.NULL);
        } else if (param instanceof CharSequence text) {
            ps.setString(index, text.toString());
        } else {
            ps.setObject(index, param);
        }
    }

    /** Deferred writes of one transaction. */
    private final class Queue implements TransactionSynchronization {

        private final List<Deferred> writes = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(JdbcRoundTrips.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(JdbcRoundTrips.this, this);
        }

        /**
         * Sends what is still queued; when none of it carries a check, or each check has a guard (sent instead of its
         * statement, unless the transaction runs {@link #carefully}), the commit travels in the same round trip
         * (this runs after every other synchronization's {@code beforeCommit}, and the driver sends no commit of its
         * own for a transaction the server has already ended). A failure in that trip — the commit's own included —
         * rolls the whole transaction back, as a failing commit would; a guard's, with {@link GuardFailed}.
         */
        @Override
        public void beforeCommit(boolean readOnly) {
            if (writes.isEmpty()) {
                return;
            }
            List<Deferred> pending = List.copyOf(writes);
            writes.clear();
            boolean atCareful = careful.get();
            if (!pending.stream().allMatch(d -> d.mayCommit(atCareful))) {
                List<Sql> statements = new ArrayList<>(pending.size());
                pending.forEach(d -> statements.add(d.statement()));
                check(pending, send(statements));
                return;
            }
            List<Sql> statements = new ArrayList<>(pending.size() + 1);
            pending.forEach(d -> statements.add(d.check() == NO_CHECK ? d.statement() : d.guard()));
            statements.add(COMMIT);
            send(statements);
        }

        @Override
        public void afterCompletion(int status) {
            writes.clear();
            TransactionSynchronizationManager.unbindResourceIfPossible(JdbcRoundTrips.this);
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
