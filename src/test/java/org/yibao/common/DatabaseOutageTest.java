package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as the database being out of reach, as a failover shows it, and what is a fault to report. */
class DatabaseOutageTest {

    @Test
    void aRollbackThatFailedOnAConnectionThePoolClosedIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("insert",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void brokenConnectionsShutdownsReadOnlyServersAndAnEmptyPoolAreOutages() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("reset", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("read-only transaction", "25006"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("no connection in 5000 ms"))).isTrue();
    }

    @Test
    void aRefusalOrABugIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("dup", new SQLException("dup", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("no SQL cause"))).isFalse();
    }
}
