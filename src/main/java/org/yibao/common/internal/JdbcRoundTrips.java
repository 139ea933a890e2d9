package org.yibao.common.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;

/**
 * {@link RoundTrips} on PostgreSQL's JDBC driver, which sends the statements of one multi-statement prepared
 * statement together and answers their results in order. The queue of deferred writes belongs to the transaction:
 * it is set aside while an inner {@code REQUIRES_NEW} transaction runs, sent before commit (with the commit, when
 * nothing in it needs checking first) and dropped on rollback.
 */
@Component
class JdbcRoundTrips implements RoundTrips {

    private static final Sql<Integer> COMMIT = Sql.update("commit");
    /** What {@code yibao_refuse(code)} raises (V230); its message is the code. */
    private static final String REFUSED = "YB000";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    JdbcRoundTrips(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void defer(String sql, Object... params) {
        Queue queue = queue();
        if (queue == null) {
            run(Sql.update(sql, params));
        } else {
            queue.writes.add(Deferred.unchecked(Sql.update(sql, params)));
        }
    }

    @Override
    public void deferInTransaction(String sql, Object... params) {
        Queue queue = queue();
        if (queue == null) {
            throw new IllegalTransactionStateException("a write deferred to the caller's transaction needs one");
        }
        queue.writes.add(Deferred.unchecked(Sql.update(sql, params)));
    }

    @Override
    public <T> void defer(Sql<T> statement, Consumer<? super T> check) {
        Deferred<T> deferred = new Deferred<>(new Answer<>(statement), check, true);
        Queue queue = queue();
        if (queue == null) {
            send(List.of(deferred.answer()));
            deferred.judge();
        } else {
            queue.writes.add(deferred);
        }
    }

    @Override
    public void run(Batch batch) {
        Queue queue = queue();
        if (queue == null || queue.writes.isEmpty()) {
            send(batch.answers());
            return;
        }
        List<Deferred<?>> deferred = queue.take();
        List<Answer<?>> all = new ArrayList<>(deferred.size() + batch.answers().size());
        deferred.forEach(d -> all.add(d.answer()));
        all.addAll(batch.answers());
        send(all);
        deferred.forEach(Deferred::judge);
    }

    /** A queued statement and the check of its outcome ({@code checked} false: a plain write, nothing to judge). */
    private record Deferred<T>(Answer<T> answer, Consumer<? super T> check, boolean checked) {

        static Deferred<Integer> unchecked(Sql<Integer> write) {
            return new Deferred<>(new Answer<>(write), count -> {
            }, false);
        }

        void judge() {
            check.accept(answer.get());
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

    private void send(List<Answer<?>> answers) {
        if (answers.isEmpty()) {
            return;
        }
        String sql = answers.stream().map(a -> a.statement().text()).collect(Collectors.joining(";\n"));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int index = 1;
            for (Answer<?> answer : answers) {
                for (Object param : answer.statement().params()) {
                    bind(ps, index++, param);
                }
            }
            boolean answeredRows = ps.execute();
            for (Answer<?> answer : answers) {
                answer.readFrom(ps, answeredRows);
                answeredRows = ps.getMoreResults();
            }
        } catch (SQLException e) {
            if (REFUSED.equals(e.getSQLState())) {
                throw new BusinessException(Problem.CONFLICT, refusalCode(e));
            }
            RuntimeException translated = jdbc.getExceptionTranslator().translate("RoundTrips", sql, e);
            throw translated == null ? new UncategorizedSQLException("RoundTrips", sql, e) : translated;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String refusalCode(SQLException e) {
        return e instanceof PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null ? p.getServerErrorMessage().getMessage() : "REFUSED";
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

        private final List<Deferred<?>> writes = new ArrayList<>();

        List<Deferred<?>> take() {
            List<Deferred<?>> taken = List.copyOf(writes);
            writes.clear();
            return taken;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(JdbcRoundTrips.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(JdbcRoundTrips.this, this);
        }

        /**
         * Sends what is still queued. When none of it carries a check the commit travels in the same round trip (this
         * runs after every other synchronization's {@code beforeCommit}, and the driver sends no commit of its own for
         * a transaction the server has already ended); a failure in that trip — the commit's own included — rolls the
         * whole transaction back, as a failing commit would. Otherwise the checks are judged first, and the commit
         * follows in a round trip of its own.
         */
        @Override
        public void beforeCommit(boolean readOnly) {
            if (writes.isEmpty()) {
                return;
            }
            List<Deferred<?>> pending = take();
            List<Answer<?>> answers = new ArrayList<>(pending.size() + 1);
            pending.forEach(d -> answers.add(d.answer()));
            if (pending.stream().anyMatch(Deferred::checked)) {
                send(answers);
                pending.forEach(Deferred::judge);
                return;
            }
            answers.add(new Answer<>(COMMIT));
            send(answers);
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
