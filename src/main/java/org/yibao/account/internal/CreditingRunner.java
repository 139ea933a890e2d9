package org.yibao.account.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.account.CreditingRun;
import org.yibao.account.CreditingRuns;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;

/**
 * Starts recorded crediting runs on a small executor of its own, never on the caller's thread: the claim commits
 * first, then the run credits batch after batch and writes its progress in each batch's own transaction (the page
 * then shows exactly what is committed, and a batch that rolls back takes its progress with it; the row is one
 * UPDATE per 1 000 accounts). A node that stops interrupts its runs and marks them 失败 (STOPPED); a node that dies
 * leaves its run 进行中 without progress until a start after {@code yibao.account.crediting.stale-after} takes over.
 */
@Service
class CreditingRunner implements CreditingRuns {

    private static final Logger log = LoggerFactory.getLogger(CreditingRunner.class);
    /** A bound on what is asked, not a rule of the fund: no employee contributed before the 1951 劳动保险条例. */
    static final YearMonth FIRST_MONTH = YearMonth.of(1951, 1);

    private final JdbcMonthlyCrediting crediting;
    private final CreditingAttempts attempts;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration staleAfter;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "crediting-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    CreditingRunner(JdbcMonthlyCrediting crediting, CreditingAttempts attempts, TransactionTemplate tx,
                    AuditTrail audit, Clock clock,
                    @Value("${yibao.account.crediting.stale-after:PT3M}") Duration staleAfter) {
        this.crediting = crediting;
        this.attempts = attempts;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public void requireCreditable(YearMonth month) {
        closed(month);
        attempts.requireNotCredited(month);
    }

    @Override
    public Start start(YearMonth month, String startedBy) {
        closed(month);
        CreditingAttempts.Claim claim = tx.execute(s -> {
            CreditingAttempts.Claim c = attempts.claim(month, startedBy, staleAfter);
            if (!c.joined()) {
                audit.record(actor(startedBy), "month:" + month, "ACCOUNT_CREDITING_STARTED",
                        CreditingRun.SCHEDULE.equals(startedBy) ? AuditTrail.Channel.SYSTEM : AuditTrail.Channel.STAFF,
                        "run:" + c.id());
            }
            return c;
        });
        if (!claim.joined()) {
            submit(claim.id(), month);
        }
        return new Start(attempts.find(claim.id()).orElseThrow(), claim.joined());
    }

    /** Only months whose contributions are all in: not the current month, nor a future one, nor before 1951. */
    private void closed(YearMonth month) {
        if (month.isBefore(FIRST_MONTH)) {
            throw BusinessException.invalid("month", "CREDITING_MONTH_TOO_EARLY");
        }
        if (!month.isBefore(YearMonth.from(BusinessTime.today(clock)))) {
            throw BusinessException.invalid("month", "CREDITING_MONTH_NOT_CLOSED", month.toString());
        }
    }

    @Override
    public List<CreditingRun> latest(int limit) {
        return attempts.latest(limit);
    }

    @Override
    public Optional<CreditingRun> find(long id) {
        return attempts.find(id);
    }

    private void submit(long id, YearMonth month) {
        try {
            executor.execute(() -> run(id, month));
        } catch (RejectedExecutionException e) {
            attempts.failed(id, CreditingRun.Reason.STOPPED, null);
        }
    }

    private void run(long id, YearMonth month) {
        try {
            crediting.credit(month, JdbcMonthlyCrediting.BATCH_SIZE, new Recorder(id));
            attempts.finished(id);
        } catch (Stopped e) {
            Thread.interrupted(); // the pool must hand out a connection for the last word
            log.warn("crediting {}: run {} stopped with its node", month, id);
            attempts.failed(id, CreditingRun.Reason.STOPPED, null);
        } catch (RuntimeException e) {
            Thread.interrupted();
            log.error("crediting {}: run {} failed", month, id, e);
            attempts.failed(id, CreditingRun.Reason.ERROR, summary(e));
        }
    }

    /** Writes a batch's progress in its transaction; refuses the next batch once the node is stopping. */
    private final class Recorder implements CreditingProgress {

        private final long id;

        Recorder(long id) {
            this.id = id;
        }

        @Override
        public void counted(int due) {
            attempts.counted(id, due);
        }

        @Override
        public void credited(int accounts, long fen) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped();
            }
            attempts.credited(id, accounts, fen);
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("node stopping", null, false, false);
        }
    }

    private static String summary(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static String actor(String startedBy) {
        return CreditingRun.SCHEDULE.equals(startedBy) ? "system" : "staff:" + startedBy;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("crediting runs still busy after 10 s; their rows stay RUNNING until a later start takes them over");
        }
    }
}
