package org.yibao.settlement.institution;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.RoundTrips;

/**
 * Pre-settlement (2206, 2303, 2101): the very same work as the settlement, in a savepoint that is rolled back, so the
 * figures are what settling would answer and nothing stays: neither what was written nor what was queued to be sent
 * with the call's answer.
 */
@Component
class Trials {

    private final TransactionTemplate savepoint;
    private final RoundTrips roundTrips;

    Trials(PlatformTransactionManager tx, RoundTrips roundTrips) {
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.roundTrips = roundTrips;
    }

    /**
     * Runs the work in a savepoint that is then rolled back. What the call queued before (its nonce above all) is sent
     * first, outside the savepoint, so that the rollback takes back only the trial's own work.
     */
    <T> T run(Supplier<T> work) {
        roundTrips.flush();
        int queued = roundTrips.mark();
        return savepoint.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.get();
            } finally {
                roundTrips.discardSince(queued);
            }
        });
    }
}
