package org.yibao.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Fewer trips to PostgreSQL on the hot paths, and the one way Yibao batches statements. A {@link Batch} sends several
 * statements in one round trip, in order, each with its own snapshot as if sent one by one; each statement's result
 * comes back typed through the {@link Answer} its {@link Batch#add} gave. {@link #defer} queues a write that nothing
 * in the transaction reads back (an audit record, a stored answer's companions) and sends it ahead of the next
 * {@link #run}, or just before the transaction commits — in the same round trip as the commit when none of the queued
 * statements carries a check; a rolled-back transaction never sends it. Outside a transaction {@link #defer} writes at
 * once. A deferred statement may carry a check of its outcome, judged once it has been sent and before the commit.
 *
 * <p>Statements sent with {@code JdbcClient} meanwhile do not wait for the queue, so only writes that no later
 * statement of the transaction depends on may be deferred. Work that is rolled back to a savepoint (a trial
 * settlement) must {@link #flush} what was queued before it before the savepoint is set, or the rollback takes that
 * back too, and must {@link #discardSince} what it queued itself.
 *
 * <p>A statement that travels with the commit cannot be judged in Java before it: when its outcome decides whether
 * the transaction may commit, it refuses in SQL with {@code yibao_refuse('CODE')} (V230), which fails the trip, rolls
 * the transaction back and comes out of {@link #run} or the commit as one {@link BusinessException} whose code is
 * {@code CODE} (docs/adr/0006). No caller tells outcomes apart by SQLSTATE or constraint name.
 */
public interface RoundTrips {

    /** Queues the write in the current transaction; writes at once outside one. */
    void defer(String sql, Object... params);

    /**
     * Queues the write in the current transaction, for a write that belongs to the caller's transaction and nowhere
     * else; outside one, {@code IllegalTransactionStateException} (what {@code Propagation.MANDATORY} throws, without
     * a proxy on the hot path).
     */
    void deferInTransaction(String sql, Object... params);

    /**
     * Queues a statement whose outcome decides whether the transaction may go on: once it has been sent, the check is
     * given what it read (or its update count) and may throw, which fails the {@link #run} or the commit that sent it,
     * and so the transaction. For refusals that need not be known before the answer is written.
     */
    <T> void defer(Sql<T> statement, Consumer<? super T> check);

    /** Sends the queued writes and then the batch's statements, in one round trip; their answers are then read. */
    void run(Batch batch);

    /** Sends the queued writes and then the statement, in one round trip; answers what it read. */
    default <T> T run(Sql<T> statement) {
        Batch batch = new Batch();
        Answer<T> answer = batch.add(statement);
        run(batch);
        return answer.get();
    }

    /** Sends what is queued now, for work that must not take it back with a savepoint. */
    default void flush() {
        run(new Batch());
    }

    /** A position in the queue, for {@link #discardSince}. */
    int mark();

    /** Forgets what was queued after the mark (its work was rolled back to a savepoint). */
    void discardSince(int mark);

    /**
     * One statement with its parameters and how its result is read: the rows of a query, the update count of a
     * write.
     */
    record Sql<T>(String text, List<@Nullable Object> params, ResultSetExtractor<T> rows, IntFunction<T> count) {

        public static Sql<Integer> update(String text, @Nullable Object... params) {
            return new Sql<>(text, Arrays.asList(params), rs -> null, Integer::valueOf);
        }

        public static <T> Sql<T> query(String text, ResultSetExtractor<T> reader, @Nullable Object... params) {
            return new Sql<>(text, Arrays.asList(params), reader, n -> null);
        }

        /** What the statement answered: its rows when it answered rows, else its update count. */
        public @Nullable T read(Statement sent, boolean answeredRows) throws SQLException {
            if (!answeredRows) {
                return count.apply(sent.getUpdateCount());
            }
            try (ResultSet rs = sent.getResultSet()) {
                return rows.extractData(rs);
            }
        }
    }

    /** Statements to be sent together by {@link #run(Batch)}. */
    final class Batch {

        private final List<Answer<?>> answers = new ArrayList<>();

        /** Adds the statement; its result is read from the answer once the batch has run. */
        public <T> Answer<T> add(Sql<T> statement) {
            Answer<T> answer = new Answer<>(statement);
            answers.add(answer);
            return answer;
        }

        public List<Answer<?>> answers() {
            return List.copyOf(answers);
        }
    }

    /** Where the result of a statement of a {@link Batch} is found once it has run. */
    final class Answer<T> {

        private final Sql<T> statement;
        private @Nullable T value;
        private boolean read;

        public Answer(Sql<T> statement) {
            this.statement = statement;
        }

        public Sql<T> statement() {
            return statement;
        }

        /** Reads the statement's result from what the database answered (the batch's sender calls it, in order). */
        public void readFrom(Statement sent, boolean answeredRows) throws SQLException {
            value = statement.read(sent, answeredRows);
            read = true;
        }

        /** What the statement read; the batch must have run. */
        public @Nullable T get() {
            if (!read) {
                throw new IllegalStateException("the batch of this statement has not run");
            }
            return value;
        }
    }
}
