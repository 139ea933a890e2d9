package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.support.YibaoHttpTest;

/**
 * The audit trail is partitioned by month (V291, docs/adr/0008-partitioning.md): a record lands in its month's
 * partition, the months ahead exist before they come, and a record of a month without a partition is still kept.
 */
class AuditPartitionsTests extends YibaoHttpTest {

    @Autowired
    private AuditTrail audit;

    @Autowired
    private AuditPartitions partitions;

    @Test
    void keepsARecordInThePartitionOfItsBeijingMonth() {
        String subject = "partition:" + System.nanoTime();
        audit.record("system", subject, "PARTITION_CHECK", AuditTrail.Channel.SYSTEM, "");
        String month = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyyMM"));
        assertThat(jdbc.sql("select tableoid::regclass::text from common_audit_record where subject = ?").param(subject)
                .query(String.class).single()).isEqualTo("common_audit_record_" + month);
    }

    @Test
    void makesTheMonthsAheadBeforeTheyComeAndOnlyOnce() {
        assertThat(partitions.ensure()).isZero();
        String ahead = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMonths(AuditPartitions.MONTHS_AHEAD)
                .format(DateTimeFormatter.ofPattern("yyyyMM"));
        assertThat(jdbc.sql("select to_regclass(?) is not null").param("common_audit_record_" + ahead)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void keepsARecordOfAMonthWithoutPartitionInTheDefaultOne() {
        String subject = "partition:" + System.nanoTime();
        jdbc.sql("""
                insert into common_audit_record (occurred_at, actor, subject, action, channel)
                values (timestamptz '1999-01-15 10:00+08', 'system', ?, 'PARTITION_CHECK', 'SYSTEM')""")
                .param(subject).update();
        assertThat(jdbc.sql("select tableoid::regclass::text from common_audit_record where subject = ?").param(subject)
                .query(String.class).single()).isEqualTo("common_audit_record_default");
    }
}
