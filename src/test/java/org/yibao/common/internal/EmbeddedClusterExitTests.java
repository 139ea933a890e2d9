package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the JVM exits, the embedded cluster outlives the application contexts that use it: a context closing in its
 * shutdown hook (a graceful shutdown answering its last requests) still reaches the database, and the cluster is
 * stopped after it, not left running.
 */
class EmbeddedClusterExitTests {

    @TempDir
    Path temp;

    @Test
    void theClusterStopsAfterTheContextsThatUseItAtExit() throws Exception {
        Path dir = temp.resolve("pg");
        Path log = temp.resolve("exiting.log");
        Process exiting = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExitingYibao.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = exiting.waitFor(120, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!exited) {
            exiting.destroyForcibly();
        }
        assertThat(exited).as(output).isTrue();
        assertThat(output).as(output).contains("closing, the database answered 1");
        assertThat(OrphanPostmaster.find(dir)).as("the cluster was stopped at exit").isEmpty();
    }

    /**
     * Starts a context on an embedded cluster in the directory given and exits the JVM at once. Its settings are
     * arguments, which come before the tests' {@code config/application.yml} (whose shared cluster directory the
     * running tests hold).
     */
    public static final class ExitingYibao {
        public static void main(String[] args) {
            new SpringApplicationBuilder(EmbeddedPostgresConfiguration.class, LastRequest.class)
                    .web(WebApplicationType.NONE)
                    .run("--yibao.embedded-database.data-directory=" + args[0],
                            "--yibao.embedded-database.clean=true", "--yibao.embedded-database.durable-commits=false",
                            "--logging.file.name=" + args[0] + ".log", "--spring.main.banner-mode=off");
            System.exit(0);
        }
    }

    /** What a graceful shutdown does while the JVM exits: a moment later, one more statement. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class LastRequest {
        @Bean
        DisposableBean lastRequest(DataSource dataSource) {
            return () -> {
                Thread.sleep(1_000);
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select 1")) {
                    rs.next();
                    System.out.println("closing, the database answered " + rs.getInt(1));
                }
            };
        }
    }
}
