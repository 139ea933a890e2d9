package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptReadsTests {

    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> row(String key) {
        reads.incrementAndGet();
        return key.startsWith("missing") ? Optional.empty() : Optional.of(key + "#" + reads.get());
    }

    @Test
    void aRowFoundIsReadOnceWhileItIsKept() {
        KeptReads<String, String> kept = new KeptReads<>(Duration.ofMinutes(1));
        assertThat(kept.get("a", this::row)).contains("a#1");
        assertThat(kept.get("a", this::row)).contains("a#1");
        assertThat(kept.get("b", this::row)).contains("b#2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRowNotFoundIsReadEveryTimeSoThatARowAddedIsUsedAtOnce() {
        KeptReads<String, String> kept = new KeptReads<>(Duration.ofMinutes(1));
        assertThat(kept.get("missing", this::row)).isEmpty();
        assertThat(kept.get("missing", this::row)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRowIsReadAgainAfterAChangeAndOnceItsTimeIsUp() {
        KeptReads<String, String> kept = new KeptReads<>(Duration.ofMinutes(1));
        kept.get("a", this::row);
        kept.forgetAfterChange();
        assertThat(kept.get("a", this::row)).contains("a#2");
        KeptReads<String, String> brief = new KeptReads<>(Duration.ZERO);
        brief.get("a", this::row);
        assertThat(brief.get("a", this::row)).contains("a#4");
    }
}
