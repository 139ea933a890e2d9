package org.yibao.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Fewer trips to PostgreSQL on the hot paths. {@link #run} sends several statements in one round trip, in order,
 * each with its own snapshot as if sent one by one. {@link #defer} queues a write that nothing in the transaction
 * reads back (an audit record, a stored answer's companions) and sends it ahead of the next {@link #run}, or just
 * before the transaction commits, in the same round trip as the commit when no {@link Check} has to be judged
 * first; a rolled-back transaction never sends it. Outside a transaction {@link #defer}
 * writes at once. A deferred statement may carry a {@link Check} of its outcome, run once it has been sent.
 *
 * <p>Statements sent with {@code JdbcClient} meanwhile do not wait for the queue, so only writes that no later
 * statement of the transaction depends on may be deferred. Work that is rolled back to a savepoint (a trial
 * settlement) must send what was queued before it ({@code run(List.of())}) before the savepoint is set, or the
 * rollback takes that back too, and must {@link #discardSince} what it queued itself.
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
     * Queues a statement whose outcome decides whether the transaction may go on: when it has been sent, the check
     * is given what it read (or its update count) and may throw, which fails the {@link #run} or the commit that
     * sent it, and so the transaction. For refusals that need not be known before the answer is written.
     */
    void defer(Sql statement, Check check);

    /**
     * Queues a statement with its check, as {@link #defer(Sql, Check)}, and a guard: a statement that does the same
     * work and fails through {@code common_guard(boolean)} whenever the check would refuse its outcome. When every
     * queued check has a guard, the guards are sent in place of their statements, with the commit, and the checks
     * are not judged; a guard that fails rolls the transaction back with {@link GuardFailed}. The caller then runs
     * its work again {@link #carefully}, where the statements are sent and checked before the commit, so that a
     * refusal is known in its own words. Sent by a {@link #run}, the statement and its check are used.
     */
    void defer(Sql statement, Check check, Sql guard);

    /** Runs the work with every queued check judged before the commit, guarded or not. */
    <T> T carefully(Supplier<T> work);

    /**
     * A guard failed: its check would have refused, and the transaction was rolled back. Run the work again
     * {@link #carefully} to learn why.
     */
    final class GuardFailed extends RuntimeException {

        public GuardFailed(Throwable cause) {
            super("a guarded check refused; run the work again carefully to judge it", cause);
        }
    }

    /** Judges the outcome of a statement sent later. */
    @FunctionalInterface
    interface Check {
        void accept(@Nullable Object outcome);
    }

    /**
     * Sends the queued writes and then the statements, in one round trip; answers, per statement, what its reader
     * read or, for an update, the number of rows changed.
     */
    List<@Nullable Object> run(List<Sql> statements);

    /** A position in the queue, for {@link #discardSince}. */
    int mark();

    /** Forgets what was queued after the mark (its work was rolled back to a savepoint). */
    void discardSince(int mark);

    /** One statement with its parameters and, for a query, how its rows are read. */
    record Sql(String text, List<@Nullable Object> params, @Nullable ResultSetExtractor<?> reader) {

        public static Sql update(String text, @Nullable Object... params) {
            return new Sql(text, Arrays.asList(params), null);
        }

        public static Sql query(String text, ResultSetExtractor<?> reader, @Nullable Object... params) {
            return new Sql(text, Arrays.asList(params), reader);
        }
    }
}
