package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded cluster as a real run starts it: durable, restartable after a crash, password demanded. */
class EmbeddedClusterTests {

    @TempDir
    Path temp;

    @Test
    void theDefaultClusterSyncsToDiskAndWritesFullPages() throws Exception {
        EmbeddedCluster cluster = EmbeddedCluster.start(temp.resolve("pg"), false, true);
        try {
            assertThat(setting(cluster, "fsync")).isEqualTo("on");
            assertThat(setting(cluster, "full_page_writes")).isEqualTo("on");
            assertThat(setting(cluster, "synchronous_commit")).isEqualTo("on");
        } finally {
            cluster.postgres().close();
        }
    }

    @Test
    void startsAgainWhileTheServerOfAKilledRunStillRuns() throws Exception {
        Path dir = temp.resolve("pg");
        EmbeddedCluster first = EmbeddedCluster.start(dir, false, true);
        Path postgresBinary = Path.of(OrphanPostmaster.find(dir).orElseThrow().info().command().orElseThrow());
        first.postgres().close();
        // what a killed JVM leaves behind: its server still running on the directory, nobody holding it
        Process orphanStart = new ProcessBuilder(OrphanPostmaster.command(postgresBinary.resolveSibling("pg_ctl"),
                "start", "-w", "-D", dir.toString(), "-o", "-p " + freePort(), "-l", temp.resolve("orphan.log").toString()))
                .redirectErrorStream(true).start();
        String output = new String(orphanStart.getInputStream().readAllBytes());
        assertThat(orphanStart.waitFor(60, TimeUnit.SECONDS) && orphanStart.exitValue() == 0).as(output).isTrue();
        ProcessHandle orphan = OrphanPostmaster.find(dir).orElseThrow();

        EmbeddedCluster second = EmbeddedCluster.start(dir, false, true);
        try {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            assertThat(setting(second, "fsync")).isEqualTo("on");
        } finally {
            second.postgres().close();
        }
    }

    @Test
    void theSuperuserNeedsTheStoredPassword() throws Exception {
        Path dir = temp.resolve("pg");
        EmbeddedCluster cluster = EmbeddedCluster.start(dir, false, true);
        try {
            Path file = dir.resolve(SuperuserPassword.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(cluster.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThatThrownBy(() -> connect(cluster, null).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(cluster, "postgres").close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(cluster, cluster.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            cluster.postgres().close();
        }
    }

    @Test
    void aTrustingClusterOfAnOlderYibaoGetsAPasswordOnItsNextStart() throws Exception {
        Path dir = temp.resolve("pg");
        EmbeddedCluster.start(dir, false, true).postgres().close();
        // the state an older Yibao left: trust for every local connection, no password file
        Files.writeString(dir.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        Files.delete(dir.resolve(SuperuserPassword.FILE));

        EmbeddedCluster migrated = EmbeddedCluster.start(dir, false, true);
        try {
            assertThat(Files.readString(dir.resolve(SuperuserPassword.FILE)).strip()).isEqualTo(migrated.password());
            assertThatThrownBy(() -> connect(migrated, null).close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(migrated, migrated.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            migrated.postgres().close();
        }
    }

    private static String setting(EmbeddedCluster cluster, String name) throws SQLException {
        try (Connection c = cluster.database("postgres").getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(EmbeddedCluster cluster, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + cluster.postgres().getPort() + "/postgres",
                login);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
