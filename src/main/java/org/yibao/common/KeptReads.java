package org.yibao.common;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows every settlement reads but only an agency's edit changes (benefit parameters, the catalog, input limits):
 * a row found is kept in memory for a while and read again after that, so that a settlement does not spend a round
 * trip on them. A row not found is never kept, so a row added is used at once. An edit made on this node is used at
 * once ({@link #forgetAfterChange}); one made on another node after at most the time given (docs/adr/0011).
 *
 * @param <K> what the row is looked up by
 * @param <V> the row
 */
public final class KeptReads<K, V> {

    private final Duration keptFor;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    private record Kept<V>(V value, long readAtNanos) {
    }

    /** Rows are read again once they have been kept this long. */
    public KeptReads(Duration keptFor) {
        this.keptFor = keptFor;
    }

    /** The row kept for the key, else what {@code read} finds (kept when found). */
    public Optional<V> get(K key, Function<? super K, Optional<V>> read) {
        long now = System.nanoTime();
        Kept<V> k = kept.get(key);
        if (k != null && now - k.readAtNanos() < keptFor.toNanos()) {
            return Optional.of(k.value());
        }
        Optional<V> found = read.apply(key);
        found.ifPresentOrElse(v -> kept.put(key, new Kept<>(v, now)), () -> kept.remove(key));
        return found;
    }

    /**
     * Forgets every kept row now and again once the current transaction (the one making the change) has ended, so
     * that no settlement keeps a row read between the two.
     */
    public void forgetAfterChange() {
        kept.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept.clear();
                }
            });
        }
    }
}
