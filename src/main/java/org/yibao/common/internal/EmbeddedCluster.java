package org.yibao.common.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a data directory: after stopping the server a killed Yibao left behind, durable
 * unless told otherwise (a commit is answered once it is on disk, and pages survive a torn write), and with the
 * superuser's password demanded.
 *
 * @param postgres the running cluster
 * @param password the superuser's password
 */
record EmbeddedCluster(EmbeddedPostgres postgres, String password) {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);
    /** The file the embedded binaries lock while a JVM uses the directory. */
    private static final String JVM_LOCK = "epg-lock";

    /**
     * @param durable {@code fsync}, {@code full_page_writes} and {@code synchronous_commit} on; the binaries'
     *     defaults turn them off, which only a throw-away cluster may afford
     */
    static EmbeddedCluster start(Path dir, boolean clean, boolean durable) {
        try {
            Files.createDirectories(dir.getParent());
            refuseIfAnotherJvmUses(dir);
            OrphanPostmaster.stopIfRunning(dir);
            if (clean) {
                deleteRecursively(dir);
            }
            long t0 = System.nanoTime();
            String on = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false) // EmbeddedPostgresConfiguration stops it after the contexts
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("fsync", on)
                    .setServerConfig("full_page_writes", on)
                    .setServerConfig("synchronous_commit", on);
            SuperuserPassword.stored(dir).ifPresent(p -> builder.setConnectConfig("password", p));
            EmbeddedPostgres pg = builder.start();
            String password = SuperuserPassword.enforce(pg, dir);
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms{})", pg.getPort(), dir,
                    (System.nanoTime() - t0) / 1_000_000, durable ? "" : ", not durable: fsync off");
            return new EmbeddedCluster(pg, password);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL could not start in " + dir, e);
        }
    }

    /** A connection pool-less data source on a database of the cluster, as the superuser. */
    DataSource database(String name) {
        return postgres.getDatabase("postgres", name, Map.of("password", password));
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** A live server of a directory another running Yibao holds is no orphan: say so rather than stop it. */
    private static void refuseIfAnotherJvmUses(Path dir) throws IOException {
        Path lockFile = dir.resolve(JVM_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another running Yibao uses the embedded database in " + dir);
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this JVM already runs the embedded database in " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
