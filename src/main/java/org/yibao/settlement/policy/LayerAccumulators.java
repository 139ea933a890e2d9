package org.yibao.settlement.policy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;

/**
 * 各层（大病保险、职工大额、医疗救助）的年度累计：计入金额与支付，与基本医保的累计分开保存，读时由 {@link Accumulators#of} 以
 * {@link BenefitLayers#ALL_VISITS} 一并给出。与基本医保一样，每次变化是以引用为键的一条记录：重复不生效，冲正恰好收回所加。调用方须已
 * 持有 {@link Accumulators#lock} 的锁。
 */
@Component
public class LayerAccumulators {

    static final String OF = """
            select 'ALL' as med_type, fund_type, counted_fen as deductible_used_fen, paid_fen as fund_paid_fen
            from settlement_layer_accumulator where person_id = ? and year = ?""";
    private static final String APPLY = """
            with entry as (
                insert into settlement_layer_accumulator_entry (reference, person_id, year, fund_type, counted_fen,
                    paid_fen, applied_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing
                returning person_id, year, fund_type, counted_fen, paid_fen),
            totals as (
                insert into settlement_layer_accumulator (person_id, year, fund_type, counted_fen, paid_fen)
                select person_id, year, fund_type, counted_fen, paid_fen from entry
                on conflict (person_id, year, fund_type) do update set
                    counted_fen = settlement_layer_accumulator.counted_fen + excluded.counted_fen,
                    paid_fen = settlement_layer_accumulator.paid_fen + excluded.paid_fen)
            select count(*) from entry""";

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final Clock clock;

    LayerAccumulators(JdbcClient jdbc, RoundTrips roundTrips, Clock clock) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    /** 记入一层的累计，与事务的下一批语句一起发送；引用已用过时不变。 */
    public void apply(PersonId person, int year, AccumulatorDelta delta, String reference) {
        roundTrips.deferInTransaction(APPLY, params(person.value(), year, delta, reference));
    }

    private Object[] params(long personId, int year, AccumulatorDelta delta, String reference) {
        return new Object[] {reference, personId, year, delta.fundType(), delta.deductible().fen(),
                delta.fundPaid().fen(), OffsetDateTime.now(clock)};
    }

    /** 收回该引用所加，只一次；没有（或已收回）时返回 false。 */
    @Transactional
    public boolean reverse(String reference) {
        Optional<Entry> entry = jdbc.sql("""
                update settlement_layer_accumulator_entry set reversed_at = ? where reference = ? and reversed_at is null
                returning person_id, year, fund_type, counted_fen, paid_fen""")
                .params(OffsetDateTime.now(clock), reference)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .optional();
        entry.ifPresent(e -> jdbc.sql("""
                update settlement_layer_accumulator set counted_fen = counted_fen - ?, paid_fen = paid_fen - ?
                where person_id = ? and year = ? and fund_type = ?""")
                .params(e.countedFen(), e.paidFen(), e.personId(), e.year(), e.fundType()).update());
        return entry.isPresent();
    }

    private record Entry(long personId, int year, String fundType, long countedFen, long paidFen) {
    }
}
