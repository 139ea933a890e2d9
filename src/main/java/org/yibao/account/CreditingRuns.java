package org.yibao.account;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Starts and shows the runs of {@link MonthlyCrediting}: a start answers at once and the month is credited in the
 * background, one batch at a time, each batch recording its progress. A month has one running run at a time,
 * whichever node, schedule or administrator starts it; a run whose node stopped showing progress is taken over by
 * the next start, which goes on where it stopped (each account is credited once a month anyway).
 */
public interface CreditingRuns {

    /**
     * Starts crediting the month in the background, or joins the run already going on for it.
     *
     * @param startedBy {@link CreditingRun#SCHEDULE} or the staff member's login
     * @throws org.yibao.common.BusinessException for the current or a future month, a month before 1951, or a
     *         month already credited; nothing is recorded then
     */
    Start start(YearMonth month, String startedBy);

    /**
     * Refuses a month that cannot be credited (see {@link #start}) without recording anything; the page asks this
     * before it asks the administrator to confirm.
     */
    void requireCreditable(YearMonth month);

    /** The latest runs, newest first, at most {@code limit}. */
    List<CreditingRun> latest(int limit);

    Optional<CreditingRun> find(long id);

    /** The run a start answered: a new one, or the one already running that it joined. */
    record Start(CreditingRun run, boolean joined) {
    }
}
