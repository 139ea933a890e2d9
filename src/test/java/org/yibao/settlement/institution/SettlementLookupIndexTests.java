package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.YibaoHttpTest;

/**
 * Reads of a clerk over a province's settlements go through an index, not through every settlement
 * (docs/benchmarks.md, Province scale): the plan is asked with sequential scans discouraged, as a large table
 * would make the planner choose, and must name the index.
 */
class SettlementLookupIndexTests extends YibaoHttpTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void findsAClaimsEarlierSettlementThroughAnIndexNotAScanOfAllSettlements() throws Exception {
        assertThat(plan(ManualClaimSettling.EARLIER.replace("?", "'CLAIM:x'")))
                .contains("settlement_settlement_claim_idx").doesNotContain("Seq Scan");
    }

    @Test
    void readsTheNewestSettlementsOfARegionThroughAnIndexLedByTheRegion() throws Exception {
        // the statement of Consumptions.search for a clerk's FHIR search of the region's settlements
        assertThat(plan("""
                select s.setl_id from settlement_settlement s left join catalog_institution i
                on i.code = s.institution_code where true and s.region_code = '130600'
                order by s.setl_time desc, s.setl_id limit 20 offset 0"""))
                .contains("settlement_settlement_region_time_idx").doesNotContain("Seq Scan on settlement_settlement");
    }

    private String plan(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("reset enable_seqscan");
            }
            return plan.toString();
        }
    }
}
