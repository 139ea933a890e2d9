package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.YibaoHttpTest;

/**
 * PostgreSQL on the same machine can be reached through its Unix socket, with the socket factory the README names
 * in the JDBC URL: cheaper per round trip than TCP through localhost.
 */
class UnixSocketTests extends YibaoHttpTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theReadmesUrlReachesTheServerThroughItsSocket() throws SQLException {
        String tcpUrl = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        URI server = URI.create(tcpUrl.substring("jdbc:".length()));
        String directory;
        String user;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select split_part(current_setting('unix_socket_directories'), ',', 1), "
                     + "current_user")) {
            rs.next();
            directory = rs.getString(1).strip();
            user = rs.getString(2);
        }
        Path socket = Path.of(directory, ".s.PGSQL." + server.getPort());
        assertThat(socket).as("the embedded server listens on a Unix socket").satisfies(p ->
                assertThat(Files.exists(p)).isTrue());
        String url = "jdbc:postgresql://localhost:" + server.getPort() + server.getPath()
                + "?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg=" + socket;
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", dataSource.unwrap(HikariDataSource.class).getPassword());
        try (Connection c = DriverManager.getConnection(url, login); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select inet_server_addr() is null, count(*) from settlement_visit")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("no IP address: a Unix socket").isTrue();
            assertThat(rs.getLong(2)).isNotNegative();
        }
    }
}
