package org.yibao.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the round trips to PostgreSQL of a call: each protocol Sync message pgjdbc sends ends one. The call is
 * served on some server thread; the count is that of the thread that sent the most, which is the one that served it.
 */
public final class RoundTripCounter {

    private RoundTripCounter() {
    }

    public static long tripsOf(Runnable call) {
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Map<Long, AtomicLong> syncs = new ConcurrentHashMap<>();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (" FE=> Sync".equals(r.getMessage())) {
                    syncs.computeIfAbsent(r.getLongThreadID(), t -> new AtomicLong()).incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = driver.getLevel();
        driver.addHandler(counter);
        driver.setLevel(Level.FINEST);
        try {
            call.run();
        } finally {
            driver.setLevel(before);
            driver.removeHandler(counter);
        }
        return syncs.values().stream().mapToLong(AtomicLong::get).max().orElse(0);
    }
}
