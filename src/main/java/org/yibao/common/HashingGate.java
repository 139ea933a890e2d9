package org.yibao.common;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many password hashes run at once ({@code yibao.password-hashing.concurrency}): a burst of logins
 * queues here for at most {@code max-wait}, holding no database connection, and the excess is refused with
 * HTTP 429 and {@code Retry-After} instead of starving every other request of CPU and connections. A thread
 * that holds a permit may hash again without taking a second one.
 */
public final class HashingGate {

    private final Semaphore permits;
    private final Duration maxWait;
    private final ThreadLocal<Integer> held = ThreadLocal.withInitial(() -> 0);

    public HashingGate(int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("yibao.password-hashing.concurrency must be at least 1");
        }
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    /** A permit to hash, released on close; refuses with {@code HASHING_BUSY} (429) when none frees up in time. */
    public Permit enter() {
        int depth = held.get();
        if (depth == 0 && !acquire()) {
            throw new Throttled(1, "HASHING_BUSY");
        }
        held.set(depth + 1);
        return this::leave;
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void leave() {
        int depth = held.get() - 1;
        if (depth == 0) {
            held.remove();
            permits.release();
        } else {
            held.set(depth);
        }
    }

    /** A held permit; closing it twice is a programming error the caller avoids with try-with-resources. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
