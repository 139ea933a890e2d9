package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;

/**
 * Identifiers the platform hands out ({@code sign_no}, {@code mdtrt_id}, {@code setl_id}): a kind letter, the
 * Beijing date and a serial from one database sequence, so that they are unique across nodes and readable.
 */
@Component
class SettlementIds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final Clock clock;

    SettlementIds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next(String kind) {
        long serial = jdbc.sql("select nextval('settlement_id_seq')").query(Long.class).single();
        return kind + DAY.format(BusinessTime.today(clock)) + String.format("%010d", serial);
    }
}
