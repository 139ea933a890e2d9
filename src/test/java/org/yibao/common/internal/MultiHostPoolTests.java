package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.DatabaseOutage;
import org.yibao.support.YibaoHttpTest;

/**
 * Yibao on a cluster: a pool on pgjdbc's multi-host URL ({@code targetServerType=primary}), gated as the
 * application's, reaches the host that accepts writes, and connections broken under it (what a failover does to
 * every connection of the old primary) are dropped: the next borrower gets a new one, without a restart.
 */
class MultiHostPoolTests extends YibaoHttpTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aMultiHostUrlSkipsAHostThatIsDownAndReachesThePrimaryThroughTheGate() throws SQLException {
        try (HikariDataSource pool = multiHostPool()) {
            DataSource gated = (DataSource) GatedDataSource.wrapping().postProcessAfterInitialization(pool, "dataSource");
            assertThat(gated).isInstanceOf(GatedDataSource.class);
            try (Connection c = gated.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select current_setting('transaction_read_only'), inet_server_port()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("off");
                assertThat(rs.getInt(2)).isEqualTo(appPort());
            }
        }
    }

    @Test
    void connectionsBrokenUnderThePoolAreDroppedAndTheNextBorrowerGetsANewOne() throws Exception {
        try (HikariDataSource pool = multiHostPool()) {
            GatedDataSource gated = new GatedDataSource(pool, 2, 5_000);
            int idle;
            int busyPid;
            try (Connection busy = gated.getConnection()) {
                try (Connection other = gated.getConnection()) {
                    idle = backend(other); // two connections at once: two backends, one left idle in the pool
                }
                busyPid = backend(busy);
                terminate(idle);
                terminate(busyPid);
                assertThatThrownBy(() -> backend(busy)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(DatabaseOutage.causedBy(e)).as("an outage, not a bug").isTrue());
            }
            Thread.sleep(600); // Hikari tests a connection idle for more than 0.5 s before lending it
            try (Connection a = gated.getConnection(); Connection b = gated.getConnection()) {
                assertThat(backend(a)).isNotIn(idle, busyPid).isNotEqualTo(backend(b));
                assertThat(backend(b)).isNotIn(idle, busyPid);
            }
            assertThat(gated.waiting()).isZero();
        }
    }

    /** A pool whose URL names a closed port first, then the test cluster, as a cluster's two database hosts. */
    private HikariDataSource multiHostPool() throws SQLException {
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1,localhost:" + appPort()
                + "/yibao?targetServerType=primary&connectTimeout=2&hostRecheckSeconds=2");
        pool.setUsername(app.getUsername());
        pool.setPassword(app.getPassword());
        pool.setMaximumPoolSize(2);
        pool.setConnectionTimeout(5_000);
        pool.setPoolName("multi-host-test");
        return pool;
    }

    private int appPort() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select inet_server_port()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int backend(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void terminate(int pid) {
        assertThat(jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single()).isTrue();
    }
}
