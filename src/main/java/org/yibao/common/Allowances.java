package org.yibao.common;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * Counted allowances in PostgreSQL, shared by every node: "at most {@code limit} uses of {@code key} per window".
 * Windows are fixed and aligned to Beijing midnight (a window of one day is a Beijing day). A use is taken in one
 * short statement of its own, before the work it limits, whatever the caller's transaction: concurrent callers can
 * never take more than the limit.
 */
public interface Allowances {

    /** Takes one use; answers how many are taken now including this one, or empty (and changes nothing) when none is left. */
    OptionalInt take(String key, int limit, Duration window);

    /** Gives back one use taken in the current window (e.g. a success that should not count). */
    void giveBack(String key, Duration window);

    /** Whole seconds (at least 1) until the current window of this length ends: when to try again. */
    long secondsLeft(Duration window);
}
