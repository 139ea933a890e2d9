package org.yibao.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every connection of the application's pool, held by a test until closed: meanwhile a request waits the pool's
 * connection timeout and meets what a request meets while the database fails over — no connection to be had.
 */
public final class HeldConnections implements AutoCloseable {

    private final List<Connection> connections = new ArrayList<>();

    private HeldConnections() {
    }

    public static HeldConnections all(DataSource dataSource) throws SQLException {
        HeldConnections held = new HeldConnections();
        int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        try {
            for (int i = 0; i < size; i++) {
                held.connections.add(dataSource.getConnection());
            }
        } catch (SQLException | RuntimeException e) {
            held.close();
            throw e;
        }
        return held;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections) {
            c.close();
        }
        connections.clear();
    }
}
