package org.yibao.common.internal;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a Yibao that was killed (kill -9, OOM killer, power cut of the JVM only):
 * its {@code postmaster.pid} in the data directory names a live postgres of that very directory, and a new start
 * on the directory would wait for it in vain. It is stopped with its own {@code pg_ctl stop -m fast}, which
 * checkpoints, so nothing committed is lost. A pid file of a dead process or of another program is left alone:
 * PostgreSQL itself clears a stale pid file when it starts.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

    private OrphanPostmaster() {
    }

    /** Stops the orphan of the directory, if there is one; answers whether one was stopped. */
    static boolean stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = orphan.get();
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
        log.warn("An earlier Yibao left PostgreSQL (pid {}) running on {}; stopping it before starting again",
                postmaster.pid(), dataDirectory);
        run(command(pgCtl, "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"));
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL " + postmaster.pid() + " on " + dataDirectory
                    + " did not stop; stop it by hand (pg_ctl stop -D " + dataDirectory + ")", e);
        }
        return true;
    }

    /** The live postgres process that owns the directory's pid file. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false))
                .filter(p -> sameDirectory(Path.of(lines.get(1).strip()), dataDirectory));
    }

    /**
     * A PostgreSQL program with its arguments, run the way the embedded binaries run it: in a user namespace of
     * its own where available, since PostgreSQL refuses to run as root.
     */
    static List<String> command(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
