package org.yibao.common.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's superuser {@code postgres} logs in with a password (scram-sha-256), never by trust: the
 * password is made at the first start and kept in the data directory, readable by its owner only (0600). The
 * embedded binaries create a cluster that trusts every local connection; the first start, and the first start of
 * a directory made by an older Yibao, sets the password, rewrites {@code pg_hba.conf}, reloads it and closes any
 * session that came in before.
 */
final class SuperuserPassword {

    static final String FILE = "yibao-superuser-password";
    private static final Logger log = LoggerFactory.getLogger(SuperuserPassword.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String HBA = """
            # Yibao: every connection proves the password (the superuser's is in %s, mode 0600)
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """.formatted(FILE);

    private SuperuserPassword() {
    }

    /** The stored password of the directory, when it has one. */
    static Optional<String> stored(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Makes sure the running cluster demands the password; answers it. */
    static String enforce(EmbeddedPostgres postgres, Path dataDirectory) {
        Optional<String> stored = stored(dataDirectory);
        if (stored.isPresent() && !trusts(read(dataDirectory.resolve("pg_hba.conf")))) {
            return stored.get();
        }
        String password = stored.orElseGet(() -> store(dataDirectory, generate()));
        try (Connection c = postgres.getDatabase("postgres", "postgres", Map.of("password", password)).getConnection();
             Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + password + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
            s.execute("select pg_reload_conf()");
            awaitPasswordDemanded(postgres);
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where pid <> pg_backend_pid() and backend_type = 'client backend'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the superuser's password on " + dataDirectory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + dataDirectory, e);
        }
        log.info("The embedded PostgreSQL now demands the superuser's password (kept in {})",
                dataDirectory.resolve(FILE));
        return password;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String store(Path dataDirectory, String password) {
        Path file = dataDirectory.resolve(FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The reload is a signal the server handles on its own time: wait until a password-less login fails. */
    private static void awaitPasswordDemanded(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = postgres.getDatabase("postgres", "postgres", Map.of()).getConnection()) {
                Thread.sleep(20);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the embedded PostgreSQL did not reload pg_hba.conf");
    }

    /** Whether a rule of the file admits someone without a password (rules an operator added otherwise stay). */
    static boolean trusts(String hba) {
        return hba.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .anyMatch(l -> List.of(l.split("\\s+")).contains("trust"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
