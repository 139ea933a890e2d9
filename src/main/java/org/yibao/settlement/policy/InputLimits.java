package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.KeptReads;
import org.yibao.common.Money;

/**
 * 输入限额: the largest unit price, quantity, fee line and visit total an institution of a region may send, as policy
 * data ({@code settlement_input_limit}, the row {@code 000000} for regions without their own). Settlement asks for
 * them on every call, so a region's limits are kept in memory for {@link #CACHE_TTL}, like the policy parameters.
 */
@Component
public class InputLimits {

    /** The row of regions without their own. */
    static final String DEFAULT_REGION = "000000";
    /** How long a region's limits are used before they are read again. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final KeptReads<String, Limits> kept = new KeptReads<>(CACHE_TTL);

    InputLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The limits of one region, in fen and units. */
    public record Limits(Money maxPrice, BigDecimal maxCount, Money maxItemTotal, Money maxVisitTotal) {
    }

    /** The limits for institutions of {@code region}: its own row, else the default row. */
    public Limits of(String region) {
        return kept.get(region, r -> Optional.of(jdbc.sql("""
                select max_pric_fen, max_cnt, max_item_fen, max_visit_fen from settlement_input_limit
                where region_code in (?, ?) order by region_code = ? desc limit 1""")
                .params(r, DEFAULT_REGION, r)
                .query((rs, n) -> new Limits(Money.ofFen(rs.getLong(1)), rs.getBigDecimal(2),
                        Money.ofFen(rs.getLong(3)), Money.ofFen(rs.getLong(4)))).single())).orElseThrow();
    }
}
