package org.yibao.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.RoundTrips;

/**
 * The ledger's primitives, all meant to run inside the caller's transaction: claim a (reference, kind) once,
 * lock balance rows in person-id order (so two payments sharing an authorizer never deadlock), and post a
 * movement as two legs that sum to zero together with the balance change. Posts and answers are writes nothing of
 * the transaction reads back: they travel with its next round trip, usually the commit's.
 */
@Component
class Postings {

    private static final String MOVEMENT = """
            select id, person_id, amount_fen, acct_pay_fen, mulaid_pay_fen, cash_pay_fen, mulaid_person_id,
                   balance_after_fen from account_movement where reference = ? and kind = ?""";

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final Clock clock;

    Postings(JdbcClient jdbc, RoundTrips roundTrips, Clock clock) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    /** A stored movement and the answer it gave. */
    record Movement(long id, @Nullable Long personId, long amount, long acct, long mulaid, long cash,
                    @Nullable Long mulaidPersonId, @Nullable Long balanceAfter) {
    }

    /** Claims the pair; empty when it was claimed before (waits for a concurrent claimer to finish first). */
    Optional<Long> claim(String kind, String reference, @Nullable Long personId, @Nullable String purpose, long amount) {
        return roundTrips.run(claiming(kind, reference, personId, purpose, amount));
    }

    /** {@link #claim} as a statement to send with others. */
    RoundTrips.Sql<Optional<Long>> claiming(String kind, String reference, @Nullable Long personId,
                                            @Nullable String purpose, long amount) {
        return RoundTrips.Sql.query("""
                insert into account_movement (kind, reference, person_id, purpose, amount_fen, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (reference, kind) do nothing returning id""",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(),
                kind, reference, personId, purpose, amount, now());
    }

    Optional<Movement> movement(String kind, String reference) {
        return jdbc.sql(MOVEMENT).params(reference, kind).query((rs, n) -> new Movement(rs.getLong(1),
                rs.getObject(2, Long.class), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getObject(7, Long.class), rs.getObject(8, Long.class))).optional();
    }

    /** Whether the person has a personal account at all (employees). */
    boolean exists(long personId) {
        return jdbc.sql("select count(*) from account_personal where person_id = ?").param(personId)
                .query(Long.class).single() > 0;
    }

    /** An account as {@link #lock} found it: its balance, and whether it is frozen for a 转移接续. */
    record Locked(long balance, boolean frozen) {
    }

    /** Locks the existing accounts among the persons, in person-id order; answers their balances and freezes. */
    Map<Long, Locked> lock(Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : roundTrips.run(locking(personIds));
    }

    /**
     * {@link #lock} as a statement to send with others. The order by person id makes two payments that share a
     * 共济 authorizer, or a payment and a reversal, take their locks in the same order, so they never deadlock.
     * A payment locks at most two accounts, the person's and a 共济 authorizer's, so the statement always takes two
     * parameters (the one person twice when alone) rather than an array: PostgreSQL cannot tell an array's length
     * when it plans, judged its generic plan dearer than a plan for the values at hand and planned the statement
     * again on every settlement (0.07 ms a call, {@code bench/settlement.sh} with {@code BENCH_STATEMENTS=1}).
     */
    static RoundTrips.Sql<Map<Long, Locked>> locking(Collection<Long> personIds) {
        if (personIds.isEmpty() || personIds.size() > 2) {
            throw new IllegalArgumentException("a payment locks one or two accounts, not " + personIds.size());
        }
        Iterator<Long> ids = personIds.iterator();
        long first = ids.next();
        long second = ids.hasNext() ? ids.next() : first;
        return RoundTrips.Sql.query("""
                select person_id, balance_fen, frozen_for is not null from account_personal
                where person_id in (?, ?) order by person_id for update""", rs -> {
                    Map<Long, Locked> locked = new LinkedHashMap<>();
                    while (rs.next()) {
                        locked.put(rs.getLong(1), new Locked(rs.getLong(2), rs.getBoolean(3)));
                    }
                    return locked;
                }, first, second);
    }

    /**
     * Changes the balance by {@code delta} and writes the PERSONAL leg and its counterpart, both in the region the
     * account is kept in, with the transaction's next round trip ({@link RoundTrips#deferInTransaction}): the caller
     * holds the account's {@link #lock}, so it knows the balance after without reading it back, and nothing of the
     * transaction reads the ledger before it.
     */
    void post(long movementId, long personId, Reason reason, String reference, long delta) {
        OffsetDateTime now = now();
        roundTrips.deferInTransaction("""
                with changed as (update account_personal set balance_fen = balance_fen + ?, updated_at = ?
                                 where person_id = ? returning balance_fen, region_code)
                insert into account_journal (movement_id, person_id, ledger, amount_fen, balance_after_fen, reason,
                                             reference, posted_at, region_code)
                select ?, ?, 'PERSONAL', ?, balance_fen, ?, ?, ?, region_code from changed
                union all
                select ?, ?, ?, ?, null, ?, ?, ?, region_code from changed""",
                delta, now, personId,
                movementId, personId, delta, reason.name(), reference, now,
                movementId, personId, reason.counterpart().name(), -delta, reason.name(), reference, now);
    }

    /** The PERSONAL legs of a movement: person and signed amount. */
    Map<Long, Long> personalLegs(long movementId) {
        Map<Long, Long> legs = new LinkedHashMap<>();
        jdbc.sql("""
                select person_id, amount_fen from account_journal
                where movement_id = ? and ledger = 'PERSONAL' order by person_id""")
                .param(movementId).query(rs -> {
                    legs.put(rs.getLong(1), rs.getLong(2));
                });
        return legs;
    }

    /** Stores the answer of the movement, so the same request again answers the same; sent like {@link #post}. */
    void answer(long movementId, long amount, long acct, long mulaid, long cash, @Nullable Long mulaidPersonId,
                @Nullable Long balanceAfter) {
        roundTrips.deferInTransaction("""
                update account_movement set amount_fen = ?, acct_pay_fen = ?, mulaid_pay_fen = ?, cash_pay_fen = ?,
                       mulaid_person_id = ?, balance_after_fen = ? where id = ?""",
                amount, acct, mulaid, cash, mulaidPersonId, balanceAfter, movementId);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
