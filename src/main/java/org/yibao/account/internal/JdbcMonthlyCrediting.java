package org.yibao.account.internal;

import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.account.CreditingResult;
import org.yibao.account.MonthlyCrediting;
import org.yibao.common.AuditTrail;
import org.yibao.common.Money;

/**
 * Runs a month's crediting in batches, each its own short transaction that first locks the month's run row: two
 * runs (on one node or several) take turns and the later one finds nothing left. Progress goes to the log and,
 * for a recorded run ({@link CreditingRunner}), to its row in the batch's own transaction.
 */
@Service
class JdbcMonthlyCrediting implements MonthlyCrediting {

    private static final Logger log = LoggerFactory.getLogger(JdbcMonthlyCrediting.class);
    static final int BATCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final Postings postings;
    private final CreditingBatches batches;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    JdbcMonthlyCrediting(JdbcClient jdbc, Postings postings, CreditingBatches batches, TransactionTemplate tx,
                         AuditTrail audit) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.batches = batches;
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public CreditingResult credit(YearMonth month) {
        return credit(month, BATCH_SIZE);
    }

    CreditingResult credit(YearMonth month, int batchSize) {
        return credit(month, batchSize, CreditingProgress.NONE);
    }

    /** Credits the month, telling {@code progress} the count and every batch (inside the batch's transaction). */
    CreditingResult credit(YearMonth month, int batchSize, CreditingProgress progress) {
        Optional<Long> movement = tx.execute(s -> start(month));
        if (movement == null || movement.isEmpty()) {
            return stored(month, true);
        }
        long id = movement.get();
        int total = batches.due(month, id);
        log.info("crediting {}: {} accounts to credit", month, total);
        progress.counted(total);
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = tx.execute(s -> nextBatch(month, id, from, batchSize, progress));
            if (batch == null) {
                break;
            }
            done += batch.credited();
            after = batch.upto();
            log.info("crediting {}: {}/{} accounts credited", month, done, total);
        }
        tx.executeWithoutResult(s -> finish(month, id));
        return stored(month, done == 0);
    }

    private record Batch(long upto, int credited) {
    }

    /** Credits the next batch after {@code after} under the month's lock; null when nothing is left. */
    private @Nullable Batch nextBatch(YearMonth month, long movement, long after, int size,
                                      CreditingProgress progress) {
        if (!locked(month)) {
            return null;
        }
        long upto = batches.nextUpto(month, movement, after, size);
        if (upto < 0) {
            return null;
        }
        CreditingBatches.Credited credited = batches.credit(month, movement, after, upto);
        progress.credited(credited.accounts(), credited.fen());
        return new Batch(upto, credited.accounts());
    }

    /** Claims the month's movement and run row; empty when the month was credited before. */
    private Optional<Long> start(YearMonth month) {
        String status = status(month);
        if (status != null && !"RUNNING".equals(status)) {
            return Optional.empty();
        }
        String reference = CreditingBatches.reference(month);
        long id = postings.claim("CREDITING", reference, null, null, 0)
                .orElseGet(() -> postings.movement("CREDITING", reference).orElseThrow().id());
        jdbc.sql("""
                insert into account_crediting_run (period_year, period_month, movement_id, status, started_at)
                values (?, ?, ?, 'RUNNING', ?) on conflict do nothing""")
                .params(month.getYear(), month.getMonthValue(), id, postings.now()).update();
        return Optional.of(id);
    }

    /** Locks the month's run row; false when another run finished the month meanwhile. */
    private boolean locked(YearMonth month) {
        return jdbc.sql("select status from account_crediting_run where period_year = ? and period_month = ? for update")
                .params(month.getYear(), month.getMonthValue()).query(String.class).optional()
                .filter("RUNNING"::equals).isPresent();
    }

    /** Marks the month done with its totals, unless a concurrent run did so first. */
    private void finish(YearMonth month, long movement) {
        if (!locked(month)) {
            return;
        }
        record Sum(int persons, long fen) {
        }
        Sum sum = jdbc.sql("""
                select count(*), coalesce(sum(amount_fen), 0) from account_journal
                where movement_id = ? and ledger = 'PERSONAL'""")
                .param(movement).query((rs, n) -> new Sum(rs.getInt(1), rs.getLong(2))).single();
        jdbc.sql("""
                update account_crediting_run set status = 'DONE', persons = ?, total_fen = ?, finished_at = ?
                where period_year = ? and period_month = ?""")
                .params(sum.persons(), sum.fen(), postings.now(), month.getYear(), month.getMonthValue()).update();
        postings.answer(movement, sum.fen(), 0, 0, 0, null, null);
        audit.record("system", "month:" + month, "ACCOUNT_MONTH_CREDITED", AuditTrail.Channel.SYSTEM,
                "persons:%d total:%d".formatted(sum.persons(), sum.fen()));
        log.info("crediting {}: done, {} accounts, {} yuan", month, sum.persons(), Money.ofFen(sum.fen()));
    }

    private @Nullable String status(YearMonth month) {
        return jdbc.sql("select status from account_crediting_run where period_year = ? and period_month = ?")
                .params(month.getYear(), month.getMonthValue()).query(String.class).optional().orElse(null);
    }

    private CreditingResult stored(YearMonth month, boolean alreadyDone) {
        return jdbc.sql("select persons, total_fen from account_crediting_run where period_year = ? and period_month = ?")
                .params(month.getYear(), month.getMonthValue())
                .query((rs, n) -> new CreditingResult(month, rs.getInt(1), Money.ofFen(rs.getLong(2)), alreadyDone))
                .optional().orElse(new CreditingResult(month, 0, Money.ZERO, alreadyDone));
    }
}
