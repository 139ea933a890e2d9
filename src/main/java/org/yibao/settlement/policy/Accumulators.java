package org.yibao.settlement.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;

/**
 * Yearly accumulators per person (deductible used, fund paid per visit type and fund). Settlement sends
 * {@link #lock} and {@link #of} (with its other reads), computes, then {@link #apply}s inside its own transaction; reversals call
 * {@link #reverse}. Every change is an entry keyed by its reference, so that repeating it changes nothing and a
 * reversal takes back exactly what was added; the totals row is changed with an atomic upsert, so concurrent
 * settlements never lose an update.
 */
@Component
public class Accumulators {

    /** The advisory-lock namespace of accumulators, so that other locks on the same number do not collide. */
    private static final int LOCK_SPACE = 5001;

    private static final String LOCK = "select pg_advisory_xact_lock(?, ?)";
    private static final String OF = """
            select med_type, fund_type, deductible_used_fen, fund_paid_fen from settlement_accumulator
            where person_id = ? and year = ?
            union all
            """ + LayerAccumulators.OF;
    private static final String APPLY = """
            with entry as (
                insert into settlement_accumulator_entry (reference, person_id, year, med_type, fund_type,
                    deductible_fen, fund_paid_fen, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing
                returning person_id, year, med_type, fund_type, deductible_fen, fund_paid_fen),
            totals as (
                insert into settlement_accumulator (person_id, year, med_type, fund_type, deductible_used_fen,
                    fund_paid_fen)
                select person_id, year, med_type, fund_type, deductible_fen, fund_paid_fen from entry
                on conflict (person_id, year, med_type, fund_type) do update set
                    deductible_used_fen = settlement_accumulator.deductible_used_fen + excluded.deductible_used_fen,
                    fund_paid_fen = settlement_accumulator.fund_paid_fen + excluded.fund_paid_fen)
            select count(*) from entry""";

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final Clock clock;
    private final LayerAccumulators layers;

    Accumulators(JdbcClient jdbc, RoundTrips roundTrips, Clock clock, LayerAccumulators layers) {
        this.layers = layers;
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    /**
     * Serializes the settlements of one person until the caller's transaction ends, so that two visits settled at
     * once cannot both spend the same remaining cap: a statement to send with {@link RoundTrips}, alone or with
     * others; the statements after it read what the lock protects.
     */
    public static RoundTrips.Sql<Void> lock(PersonId person) {
        return RoundTrips.Sql.query(LOCK, rs -> null, LOCK_SPACE, lockKey(person.value()));
    }

    /** The person's year-to-date figures (basic fund and every layer), as a statement to send with others. */
    public static RoundTrips.Sql<YearAccumulators> of(PersonId person, int year) {
        long personId = person.value();
        return RoundTrips.Sql.query(OF, rs -> year(rs, personId, year), personId, year, personId, year);
    }

    private static int lockKey(long personId) {
        return (int) (personId % Integer.MAX_VALUE);
    }

    private static YearAccumulators year(ResultSet rs, long personId, int year) throws SQLException {
        Map<String, YearToDate> buckets = new HashMap<>();
        while (rs.next()) {
            buckets.put(YearAccumulators.key(rs.getString("med_type"), rs.getString("fund_type")),
                    new YearToDate(Money.ofFen(rs.getLong("deductible_used_fen")), Money.ofFen(rs.getLong("fund_paid_fen"))));
        }
        return new YearAccumulators(personId, year, buckets);
    }

    /**
     * Adds the delta once per reference (a reference seen before changes nothing), sent with the transaction's next
     * statements ({@link RoundTrips#defer}): for a settlement that holds {@link #lock} and reads nothing of it back.
     * The entry and the totals change in one statement: the totals only when the entry was new.
     */
    public void apply(PersonId person, int year, AccumulatorDelta delta, String reference) {
        roundTrips.deferInTransaction(APPLY, applyParams(person.value(), year, delta, reference));
    }

    private Object[] applyParams(long personId, int year, AccumulatorDelta delta, String reference) {
        return new Object[] {reference, personId, year, delta.medType(), delta.fundType(), delta.deductible().fen(),
                delta.fundPaid().fen(), OffsetDateTime.now(clock)};
    }

    /**
     * The reference of what a settlement added to one of the layers after the basic fund (大病保险, 职工大额, 医疗救助):
     * the settlement's own reference is its basic fund's entry.
     */
    public static String layerReference(String setlId, String fundType) {
        return setlId + "/" + fundType;
    }

    /** Adds what a settlement counted toward one layer (大病保险, 职工大额, 医疗救助), sent with the next statements. */
    public void applyLayer(PersonId person, int year, AccumulatorDelta delta, String setlId) {
        layers.apply(person, year, delta, layerReference(setlId, delta.fundType()));
    }

    /** Takes back what a settlement added to the basic fund and to each layer, once; false when nothing was left. */
    @Transactional
    public boolean reverseSettlement(String setlId) {
        boolean any = reverse(setlId);
        for (String fund : java.util.List.of(LayerRule.CRITICAL_RESIDENT, LayerRule.LARGE_EMPLOYEE, LayerRule.ASSISTANCE)) {
            any |= layers.reverse(layerReference(setlId, fund));
        }
        return any;
    }

    /** Takes back what the reference added, once; answers false when there is nothing (left) to take back. */
    @Transactional
    public boolean reverse(String reference) {
        Optional<Entry> entry = jdbc.sql("""
                update settlement_accumulator_entry set reversed_at = ? where reference = ? and reversed_at is null
                returning person_id, year, med_type, fund_type, deductible_fen, fund_paid_fen""")
                .params(OffsetDateTime.now(clock), reference)
                .query((rs, n) -> new Entry(rs.getLong("person_id"), rs.getInt("year"), rs.getString("med_type"),
                        rs.getString("fund_type"), rs.getLong("deductible_fen"), rs.getLong("fund_paid_fen")))
                .optional();
        entry.ifPresent(e -> jdbc.sql("""
                update settlement_accumulator set deductible_used_fen = deductible_used_fen - ?,
                    fund_paid_fen = fund_paid_fen - ?
                where person_id = ? and year = ? and med_type = ? and fund_type = ?""")
                .params(e.deductibleFen(), e.fundPaidFen(), e.personId(), e.year(), e.medType(), e.fundType())
                .update());
        return entry.isPresent();
    }

    private record Entry(long personId, int year, String medType, String fundType, long deductibleFen,
                         long fundPaidFen) {
    }
}
