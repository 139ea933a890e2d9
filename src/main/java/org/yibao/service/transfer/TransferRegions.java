package org.yibao.service.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;

/**
 * The region parameter of 转移接续: 转入地是否接收个人账户资金 (no row: it does). A region that does not refunds
 * (清退) the balance of a transfer into it to the person's own bank account. Every change is audited; it applies to
 * applications filed after it (a filed application keeps the handling it was filed with).
 */
@Component
public class TransferRegions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PoolingRegions regions;
    private final AuditTrail audit;

    TransferRegions(JdbcClient jdbc, Clock clock, PoolingRegions regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.regions = regions;
        this.audit = audit;
    }

    /** One region's setting, with who changed it last (null: never changed, it accepts). */
    public record Setting(PoolingRegion region, boolean acceptsAccountFunds, @Nullable String updatedBy,
                          @Nullable OffsetDateTime updatedAt) {
    }

    public boolean acceptsAccountFunds(String region) {
        return jdbc.sql("select accepts_account_funds from service_transfer_region where region_code = ?")
                .param(region).query(Boolean.class).optional().orElse(true);
    }

    /** The regions that refund (清退) instead of receiving the balance. */
    public Set<String> refusingAccountFunds() {
        return Set.copyOf(jdbc.sql("select region_code from service_transfer_region where not accepts_account_funds")
                .query(String.class).list());
    }

    /** Every pooling region with its setting, in the catalog's order. */
    public List<Setting> all() {
        Map<String, Setting> set = jdbc.sql("""
                select region_code, accepts_account_funds, updated_by, updated_at from service_transfer_region""")
                .query((rs, n) -> new Setting(regions.find(rs.getString(1)).orElseThrow(), rs.getBoolean(2),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list().stream().collect(Collectors.toMap(s -> s.region().code(), s -> s));
        return regions.all().stream().map(r -> set.getOrDefault(r.code(), new Setting(r, true, null, null))).toList();
    }

    /** Sets the region's parameter; an unknown region is refused and nothing changes. Audited. */
    @Transactional
    public void set(String by, String region, boolean accepts) {
        if (region == null || regions.find(region).isEmpty()) {
            throw BusinessException.invalid("regionCode", "TRANSFER_REGION_UNKNOWN");
        }
        jdbc.sql("""
                insert into service_transfer_region (region_code, accepts_account_funds, updated_by, updated_at)
                values (?, ?, ?, ?) on conflict (region_code) do update set accepts_account_funds = excluded.accepts_account_funds,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(region, accepts, by, OffsetDateTime.now(clock)).update();
        audit.record("system".equals(by) ? by : "staff:" + by, "transfer-region:" + region, "TRANSFER_ACCOUNT_FUNDS_SET", AuditTrail.Channel.STAFF,
                "acceptsAccountFunds:" + accepts);
    }
}
