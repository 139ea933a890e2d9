package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yibao.support.YibaoHttpTest;

/** No more threads hold connections than the pool has; the others wait in line, and every place is given back. */
class GatedDataSourceTests extends YibaoHttpTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void theApplicationsPoolIsGatedAndStillAHikariPool() throws SQLException {
        assertThat(dataSource).isInstanceOf(GatedDataSource.class);
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isPositive();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("select 1").next()).isTrue();
            assertThat(c.isWrapperFor(org.postgresql.PGConnection.class)).isTrue();
        }
        Gauge waiting = meters.find("yibao.datasource.waiting").gauge();
        assertThat(waiting).as("the line is measured").isNotNull();
        assertThat(waiting.value()).isNotNegative();
        assertThat(meters.find("hikaricp.connections.max").gauge()).as("the pool's own meters still bound").isNotNull();
    }

    @Test
    void aThreadBeyondThePlacesWaitsAndGivesUpAfterTheTimeout() throws SQLException {
        GatedDataSource gate = new GatedDataSource(dataSource, 2, 300);
        Connection first = gate.getConnection();
        Connection second = gate.getConnection();
        long started = System.nanoTime();
        assertThatThrownBy(gate::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("300 ms");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(290);
        first.close();
        first.close(); // a second close gives nothing back twice
        try (Connection third = gate.getConnection()) {
            assertThat(third.isClosed()).isFalse();
            assertThatThrownBy(gate::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        }
        second.close();
        try (Connection a = gate.getConnection(); Connection b = gate.getConnection()) {
            assertThat(a).isNotEqualTo(b);
            assertThatThrownBy(gate::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        }
    }

    @Test
    void waitingThreadsAllGetTheirTurnAndNeverMoreThanThePlacesAtOnce() throws Exception {
        GatedDataSource gate = new GatedDataSource(dataSource, 2, 10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(threads.submit(() -> {
                    try (Connection c = gate.getConnection(); Statement s = c.createStatement()) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        s.execute("select pg_sleep(0.005)");
                        inside.decrementAndGet();
                        return 1;
                    }
                }));
            }
            int finished = 0;
            for (Future<Integer> f : done) {
                finished += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(finished).isEqualTo(40);
            assertThat(most.get()).isBetween(1, 2);
            assertThat(gate.waiting()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aConnectionThatCannotBeOpenedGivesItsPlaceBack() {
        GatedDataSource gate = new GatedDataSource(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"),
                1, 2_000);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(gate::getConnection).isInstanceOf(SQLException.class)
                    .isNotInstanceOf(SQLTransientConnectionException.class);
        }
    }
}
