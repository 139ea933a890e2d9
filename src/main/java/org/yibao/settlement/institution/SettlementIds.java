package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;

/**
 * Identifiers the platform hands out ({@code sign_no}, {@code mdtrt_id}, {@code setl_id}): a kind letter, the
 * Beijing date and a serial from one database sequence, so that they are unique across nodes and readable. Each
 * node takes serials from the sequence {@link #BLOCK} at a time, so most identifiers cost no round trip; serials
 * are therefore unique but not in time order across nodes.
 */
@Component
class SettlementIds {

    static final int BLOCK = 256;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Long> serials = new ConcurrentLinkedQueue<>();

    SettlementIds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next(String kind) {
        return kind + DAY.format(BusinessTime.today(clock)) + FsiMessages.zeroPadded(serial(), 10);
    }

    private long serial() {
        Long serial = serials.poll();
        while (serial == null) {
            serials.addAll(jdbc.sql("select nextval('settlement_id_seq') from generate_series(1, ?)").param(BLOCK)
                    .query(Long.class).list());
            serial = serials.poll();
        }
        return serial;
    }
}
