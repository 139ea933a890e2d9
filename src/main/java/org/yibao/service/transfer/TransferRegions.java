package org.yibao.service.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region parameter of 转移接续: whether the region accepts personal-account funds (no row: it does). */
@Component
public class TransferRegions {

    private final JdbcClient jdbc;
    private final Clock clock;

    TransferRegions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    public void set(String by, String region, boolean accepts) {
        jdbc.sql("""
                insert into service_transfer_region (region_code, accepts_account_funds, updated_by, updated_at)
                values (?, ?, ?, ?) on conflict (region_code) do update set accepts_account_funds = excluded.accepts_account_funds,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(region, accepts, by, OffsetDateTime.now(clock)).update();
    }
}
