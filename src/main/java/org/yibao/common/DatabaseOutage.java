package org.yibao.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database itself — no connection to be had, a connection broken under a statement or a
 * commit, a server shutting down or not yet accepting writes — from a fault of Yibao or of the request. During a
 * failover of the PostgreSQL cluster every call meets such a failure for a few seconds; the interfaces answer it as
 * "暂不可用，请稍后重试" (the institution API with its own error code, pages with a friendly page, 503 elsewhere),
 * never as an internal error. Whether a commit under way went through is not known then: a caller learns it by
 * sending the same request again (the institution API by the same {@code msgid}).
 */
public final class DatabaseOutage {

    /** The code of the refusal the REST API, the pages and the machine interfaces answer (HTTP 503). */
    public static final String CODE = "DATABASE_UNAVAILABLE";
    /** How long a client is asked to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /**
     * True when the failure, or one of its causes, is the database being out of reach: no connection within the
     * pool's timeout, a connection that could not be opened, or a server error of SQLSTATE class 08 (connection),
     * 57P (shutdown, crash, cannot connect now), 53 (insufficient resources) or 25006 (a read-only server: a standby
     * not yet promoted, or an old primary being demoted); also a rollback or commit that failed on the connection
     * itself (the pool had closed it under the transaction) and the failure it was rolling back.
     */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof TransactionSystemException failed && (failed.getCause() instanceof SQLException
                    || failed.getApplicationException() != null && causedBy(failed.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outageState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || "25006".equals(state));
    }
}
