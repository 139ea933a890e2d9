package org.yibao.common.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A connection pool with a waiting room: no more threads ask the pool for a connection than it has connections, and
 * the others wait in line, parked, for one to be given back. HikariCP's own wait is built for short queues: while
 * any thread waits, every returned connection is offered to the waiters in a loop of {@code Thread.yield()} calls.
 * With more request threads than connections (Tomcat's 200 threads against a pool of 20, or 6 against 4) that loop
 * took 3 % of all CPU time under the settlement benchmark, and each yield hands the core to another task. Waiting
 * here is first come, first served, with the pool's own connection timeout and an error of the pool's kind when it
 * runs out.
 */
final class GatedDataSource extends DelegatingDataSource {

    private final Semaphore permits;
    private final long timeoutMillis;

    GatedDataSource(DataSource target, int connections, long timeoutMillis) {
        super(target);
        this.permits = new Semaphore(connections, true);
        this.timeoutMillis = timeoutMillis;
    }

    /** Wraps every Hikari pool of the context once its properties are bound. */
    static BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof HikariDataSource pool
                        ? new GatedDataSource(pool, pool.getMaximumPoolSize(), pool.getConnectionTimeout())
                        : bean;
            }
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        enter();
        return admitted(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        enter();
        return admitted(() -> obtainTargetDataSource().getConnection(username, password));
    }

    /** How many threads wait for a connection now. */
    int waiting() {
        return permits.getQueueLength();
    }

    private void enter() throws SQLException {
        boolean entered;
        try {
            entered = permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a database connection", e);
        }
        if (!entered) {
            throw new SQLTransientConnectionException("no database connection became free within "
                    + timeoutMillis + " ms");
        }
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    /** The connection, giving its place back once when it is closed; the place alone when none could be had. */
    private Connection admitted(Opening opening) throws SQLException {
        Connection connection;
        try {
            connection = opening.open();
        } catch (SQLException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Admitted(connection));
    }

    /** Passes every call on; the first {@code close()} gives the place back after the pool has the connection. */
    private final class Admitted implements InvocationHandler {

        private final Connection target;
        private final AtomicBoolean closed = new AtomicBoolean();

        Admitted(Connection target) {
            this.target = target;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
            String name = method.getName();
            if (args == null && "close".equals(name)) {
                try {
                    target.close();
                } finally {
                    if (closed.compareAndSet(false, true)) {
                        permits.release();
                    }
                }
                return null;
            }
            if ("equals".equals(name) && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if ("hashCode".equals(name) && args == null) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
