package org.yibao.common.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} configured, Yibao runs on an embedded PostgreSQL (real PostgreSQL
 * binaries) whose cluster lives in {@code ./data/pg} and survives restarts. One cluster per directory and JVM:
 * test contexts cached by Spring share it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Map<Path, EmbeddedCluster> CLUSTERS = new ConcurrentHashMap<>();
    private static final Map<Path, Integer> USERS = new ConcurrentHashMap<>();
    /** Longer than a graceful shutdown waits for the requests in progress (30 s by default). */
    private static final int EXIT_WAIT_SECONDS = 35;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
        Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        EmbeddedCluster cluster = acquire(dir, properties.clean(), properties.durableCommits());
        createDatabaseIfMissing(cluster, properties.database());
        HikariDataSource ds = new ClusterDataSource(dir);
        ds.setJdbcUrl(cluster.jdbcUrl(properties.database()));
        ds.setUsername("postgres");
        ds.setPassword(cluster.password());
        ds.setPoolName("yibao-embedded");
        return ds;
    }

    /** The URL of a database on the cluster this JVM runs, for a second pool on it (a replica's, in tests). */
    static String runningJdbcUrl(String database) {
        return CLUSTERS.values().iterator().next().jdbcUrl(database);
    }

    /** The cluster of the directory, started on first use; each application context using it counts once. */
    private static synchronized EmbeddedCluster acquire(Path dir, boolean clean, boolean durable) {
        USERS.merge(dir, 1, Integer::sum);
        return CLUSTERS.computeIfAbsent(dir, d -> {
            EmbeddedCluster cluster = EmbeddedCluster.start(d, clean, durable);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAtExit(d), "embedded-postgres-stop"));
            return cluster;
        });
    }

    /**
     * When the JVM exits, the application contexts close in shutdown hooks of their own, at the same time as this
     * one, and the last to close its pool stops the cluster ({@link #release}); a graceful shutdown first lets the
     * requests in progress finish. So this hook waits for them, and stops the cluster itself only if a context has not
     * closed after {@link #EXIT_WAIT_SECONDS}. (The embedded binaries' own hook stopped the cluster at once, under the
     * requests still being answered and under the contexts' closing, each of which then waited for a connection.)
     */
    private static void stopAtExit(Path dir) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_WAIT_SECONDS);
        while (CLUSTERS.containsKey(dir) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (EmbeddedPostgresConfiguration.class) {
            EmbeddedCluster cluster = CLUSTERS.remove(dir);
            if (cluster != null) {
                closeQuietly(cluster.postgres());
            }
        }
    }

    /** The last context to close its data source stops the cluster, after everything that used it is gone. */
    private static synchronized void release(Path dir) {
        if (USERS.merge(dir, -1, Integer::sum) <= 0) {
            USERS.remove(dir);
            EmbeddedCluster cluster = CLUSTERS.remove(dir);
            if (cluster != null) {
                closeQuietly(cluster.postgres());
            }
        }
    }

    /** A pool that gives its share of the cluster back when the context closes it. */
    private static final class ClusterDataSource extends HikariDataSource {
        private final Path dir;
        private boolean released;

        ClusterDataSource(Path dir) {
            this.dir = dir;
        }

        @Override
        public synchronized void close() {
            super.close();
            if (!released) {
                released = true;
                release(dir);
            }
        }
    }

    private static void createDatabaseIfMissing(EmbeddedCluster cluster, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
        DataSource admin = cluster.database("postgres");
        try (Connection c = admin.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!rs.next()) {
                s.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting; the cluster's postmaster exits with it
        }
    }
}
