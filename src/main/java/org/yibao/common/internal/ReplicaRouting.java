package org.yibao.common.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read-only transactions on a replica: with {@code yibao.datasource.replica.url} set (a hot standby of the cluster),
 * the application's pool is wrapped so that a transaction marked {@code @Transactional(readOnly = true)} — the
 * citizens' 消费信息, 参保信息 and catalog queries — takes its connection from a second pool on the replica, and every
 * other one from the primary. The replica's connections are read-only themselves ({@code default_transaction_read_only}
 * set on each, the pool read-only): a write that reached one fails instead of changing anything, and a read-only
 * transaction never falls back to the primary. Without the property the pool is left as it is: no wrapper on the
 * settlement path.
 *
 * <p>Reads there may lag the primary by the replay delay of the standby (a synchronous standby confirms a commit once
 * it has the WAL, not once it has replayed it): only pages that show data a citizen did not just write are routed.
 */
final class ReplicaRouting implements BeanPostProcessor, DisposableBean {

    static final String URL = "yibao.datasource.replica.url";

    private final Environment environment;
    private final AtomicLong lent = new AtomicLong();
    private @Nullable HikariDataSource replica;

    ReplicaRouting(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        String url = environment.getProperty(URL);
        if (url == null || url.isBlank() || replica != null) {
            return bean;
        }
        DataSource primary;
        HikariDataSource pool;
        if (bean instanceof HikariDataSource hikari) {
            pool = hikari;
            primary = new GatedDataSource(hikari, hikari.getMaximumPoolSize(), hikari.getConnectionTimeout());
        } else if (bean instanceof GatedDataSource gated) {
            pool = (HikariDataSource) gated.getTargetDataSource();
            primary = gated;
        } else {
            return bean;
        }
        HikariDataSource replicaPool = replicaPool(url, pool);
        replica = replicaPool;
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(new Counted(new GatedDataSource(replicaPool,
                replicaPool.getMaximumPoolSize(), replicaPool.getConnectionTimeout())));
        routing.setDefaultAutoCommit(true);
        routing.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return routing;
    }

    /** The replica's pool, as the primary's but read-only, under its own name and size. */
    private HikariDataSource replicaPool(String url, HikariDataSource primary) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("yibao-replica");
        pool.setJdbcUrl(url);
        pool.setUsername(environment.getProperty("yibao.datasource.replica.username", primary.getUsername()));
        pool.setPassword(environment.getProperty("yibao.datasource.replica.password", primary.getPassword()));
        pool.setMaximumPoolSize(environment.getProperty("yibao.datasource.replica.maximum-pool-size", Integer.class,
                primary.getMaximumPoolSize()));
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(primary.getConnectionTimeout());
        pool.setValidationTimeout(primary.getValidationTimeout());
        pool.setKeepaliveTime(primary.getKeepaliveTime());
        pool.setReadOnly(true);
        pool.setConnectionInitSql("set session characteristics as transaction read only");
        return pool;
    }

    /** How many connections the replica has lent to read-only transactions since the start. */
    long connectionsLent() {
        return lent.get();
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }

    /** Counts the connections lent by the replica's pool. */
    private final class Counted extends DelegatingDataSource {
        Counted(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = obtainTargetDataSource().getConnection();
            lent.incrementAndGet();
            return connection;
        }
    }
}
