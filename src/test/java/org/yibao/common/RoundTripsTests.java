package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.support.YibaoHttpTest;

/** Deferred writes belong to their transaction; several statements go in one round trip with their own results. */
class RoundTripsTests extends YibaoHttpTest {

    private static final String AUDIT = """
            insert into common_audit_record (occurred_at, actor, subject, action, channel, detail)
            values (?, ?, 'test', 'ROUND_TRIP', 'WEB', null)""";

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void aDeferredWriteIsSentAtCommitAndNeverAfterARollback() {
        String kept = actor();
        String dropped = actor();
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), kept);
            assertThat(count(kept)).as("not sent yet").isZero();
        });
        assertThat(count(kept)).isEqualTo(1);
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), dropped);
            s.setRollbackOnly();
        });
        assertThat(count(dropped)).isZero();
    }

    @Test
    void runSendsTheQueueFirstAndAnswersEveryStatement() {
        String actor = actor();
        RoundTrips.Batch batch = new RoundTrips.Batch();
        RoundTrips.Answer<Long> counted = batch.add(RoundTrips.Sql.query(
                "select count(*) from common_audit_record where actor = ?", rs -> rs.next() ? rs.getLong(1) : -1L, actor));
        RoundTrips.Answer<Integer> inserted = batch.add(RoundTrips.Sql.update(AUDIT, OffsetDateTime.now(), actor));
        RoundTrips.Answer<Integer> sum = batch.add(RoundTrips.Sql.query("select ?::int + 1",
                rs -> rs.next() ? rs.getInt(1) : -1, 41));
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), actor);
            roundTrips.run(batch);
        });
        assertThat(counted.get()).as("the queued write went first").isEqualTo(1L);
        assertThat(inserted.get()).isEqualTo(1);
        assertThat(sum.get()).isEqualTo(42);
        assertThat(count(actor)).isEqualTo(2);
    }

    @Test
    void anInnerTransactionNeitherSendsNorLosesTheOuterQueue() {
        String outer = actor();
        String inner = actor();
        TransactionTemplate requiresNew = tx();
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), outer);
            requiresNew.executeWithoutResult(i -> roundTrips.defer(AUDIT, OffsetDateTime.now(), inner));
            assertThat(count(inner)).isEqualTo(1);
            assertThat(count(outer)).isZero();
            s.setRollbackOnly();
        });
        assertThat(count(outer)).as("rolled back with its transaction").isZero();
        assertThat(count(inner)).isEqualTo(1);
    }

    @Test
    void whatWasQueuedAfterAMarkCanBeDiscarded() {
        String kept = actor();
        String discarded = actor();
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), kept);
            int mark = roundTrips.mark();
            roundTrips.defer(AUDIT, OffsetDateTime.now(), discarded);
            roundTrips.discardSince(mark);
        });
        assertThat(count(kept)).isEqualTo(1);
        assertThat(count(discarded)).isZero();
    }

    @Test
    void aRefusalSentWithTheCommitIsOneBusinessExceptionWithItsCodeAndChangesNothing() {
        String written = actor();
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), written);
            roundTrips.deferInTransaction("select case when ? then yibao_refuse('SOME_REFUSAL') else true end", true);
        })).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("SOME_REFUSAL");
            assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
        });
        assertThat(count(written)).as("the write that travelled with it was rolled back").isZero();
        tx().executeWithoutResult(s -> {
            roundTrips.defer(AUDIT, OffsetDateTime.now(), written);
            roundTrips.deferInTransaction("select case when ? then yibao_refuse('SOME_REFUSAL') else true end", false);
        });
        assertThat(count(written)).isEqualTo(1);
    }

    @Test
    void aDeferredCheckSeesItsOutcomeAndItsRefusalRollsTheTransactionBack() {
        String refused = actor();
        String checkedAtCommit = actor();
        List<Object> seen = new java.util.ArrayList<>();
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> {
            roundTrips.defer(RoundTrips.Sql.update(AUDIT, OffsetDateTime.now(), refused), seen::add);
            roundTrips.defer(RoundTrips.Sql.query("select count(*) from common_audit_record where actor = ?",
                    rs -> rs.next() ? rs.getLong(1) : -1L, refused), outcome -> {
                        seen.add(outcome);
                        throw new IllegalStateException("refused by its check");
                    });
            roundTrips.flush();
        })).hasMessage("refused by its check");
        assertThat(seen).containsExactly(1, 1L);
        assertThat(count(refused)).isZero();
        tx().executeWithoutResult(s -> roundTrips.defer(RoundTrips.Sql.update(AUDIT, OffsetDateTime.now(),
                checkedAtCommit), seen::add));
        assertThat(seen).as("checked when sent before commit").containsExactly(1, 1L, 1);
        assertThat(count(checkedAtCommit)).isEqualTo(1);
    }

    @Test
    void outsideATransactionADeferredWriteIsSentAtOnce() {
        String actor = actor();
        roundTrips.defer(AUDIT, OffsetDateTime.now(), actor);
        assertThat(count(actor)).isEqualTo(1);
    }

    @Test
    void aWriteThatBelongsToTheCallersTransactionIsRefusedOutsideOne() {
        String actor = actor();
        assertThatThrownBy(() -> roundTrips.deferInTransaction(AUDIT, OffsetDateTime.now(), actor))
                .isInstanceOf(IllegalTransactionStateException.class);
        tx().executeWithoutResult(s -> roundTrips.deferInTransaction(AUDIT, OffsetDateTime.now(), actor));
        assertThat(count(actor)).isEqualTo(1);
    }

    @Test
    void aFailingStatementFailsTheRoundTripWithSpringsTranslation() {
        String actor = actor();
        RoundTrips.Batch twice = new RoundTrips.Batch();
        twice.add(RoundTrips.Sql.update("insert into catalog_tif_nonce (paasid, sent_at, nonce, seen_at) values (?, 0, ?, now())",
                "RT", actor));
        twice.add(RoundTrips.Sql.update("insert into catalog_tif_nonce (paasid, sent_at, nonce, seen_at) values (?, 0, ?, now())",
                "RT", actor));
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> roundTrips.run(twice)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("select count(*) from catalog_tif_nonce where nonce = ?").param(actor).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theLastUncheckedWritesCarryTheCommitInTheirRoundTrip() {
        String direct = actor();
        String deferred = actor();
        List<TransactionState> atCompletion = new java.util.ArrayList<>();
        tx().executeWithoutResult(s -> {
            jdbc.sql(AUDIT).params(OffsetDateTime.now(), direct).update();
            roundTrips.defer(AUDIT, OffsetDateTime.now(), deferred);
            recordServerStateBeforeCompletion(atCompletion);
        });
        assertThat(atCompletion).as("the server ended the transaction with the deferred writes")
                .containsExactly(TransactionState.IDLE);
        assertThat(count(direct)).isEqualTo(1);
        assertThat(count(deferred)).isEqualTo(1);

        String checked = actor();
        tx().executeWithoutResult(s -> {
            roundTrips.defer(RoundTrips.Sql.update(AUDIT, OffsetDateTime.now(), checked), outcome -> {
            });
            recordServerStateBeforeCompletion(atCompletion);
        });
        assertThat(atCompletion).as("a check is judged before the commit is sent")
                .containsExactly(TransactionState.IDLE, TransactionState.OPEN);
        assertThat(count(checked)).isEqualTo(1);
    }

    @Test
    void aFailureInTheCommittingRoundTripRollsTheWholeTransactionBack() {
        String direct = actor();
        String nonce = actor();
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> {
            jdbc.sql(AUDIT).params(OffsetDateTime.now(), direct).update();
            roundTrips.defer("insert into catalog_tif_nonce (paasid, sent_at, nonce, seen_at) values (?, 0, ?, now())", "RT", nonce);
            roundTrips.defer("insert into catalog_tif_nonce (paasid, sent_at, nonce, seen_at) values (?, 0, ?, now())", "RT", nonce);
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(count(direct)).isZero();
        String after = actor();
        tx().executeWithoutResult(s -> roundTrips.defer(AUDIT, OffsetDateTime.now(), after));
        assertThat(count(after)).as("the connection serves the next transaction").isEqualTo(1);
    }

    @Test
    void anAnswerIsReadOnlyOnceItsBatchHasRun() {
        RoundTrips.Batch batch = new RoundTrips.Batch();
        RoundTrips.Answer<Integer> one = batch.add(RoundTrips.Sql.query("select 1", rs -> rs.next() ? rs.getInt(1) : 0));
        assertThatThrownBy(one::get).isInstanceOf(IllegalStateException.class);
        roundTrips.run(batch);
        assertThat(one.get()).isEqualTo(1);
    }

    /** Remembers, just before the transaction manager commits, whether the server still has the transaction open. */
    private void recordServerStateBeforeCompletion(List<TransactionState> states) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCompletion() {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    states.add(connection.unwrap(BaseConnection.class).getTransactionState());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        });
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    private long count(String actor) {
        return jdbc.sql("select count(*) from common_audit_record where actor = ?").param(actor).query(Long.class).single();
    }

    private static String actor() {
        return "rt-" + UUID.randomUUID();
    }
}
