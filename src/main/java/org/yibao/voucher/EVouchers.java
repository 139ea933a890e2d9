package org.yibao.voucher;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.RoundTrips;

/** Reads the state of a person's e-voucher. */
@Service
public class EVouchers {

    private final JdbcClient jdbc;

    EVouchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EVoucherStatus status(long personId) {
        return jdbc.sql("select status, activated_at from voucher_evoucher where person_id = ?").param(personId)
                .query((rs, n) -> new EVoucherStatus("ACTIVE".equals(rs.getString("status")),
                        rs.getObject("activated_at", OffsetDateTime.class), channels(personId)))
                .optional().orElse(EVoucherStatus.NOT_ACTIVATED);
    }

    /** Whether the person's e-voucher is active, as a statement to send with others (reads true or false). */
    static RoundTrips.Sql<Boolean> active(long personId) {
        return RoundTrips.Sql.query("select status from voucher_evoucher where person_id = ?",
                rs -> rs.next() && "ACTIVE".equals(rs.getString(1)), personId);
    }

    private List<String> channels(long personId) {
        return jdbc.sql("select channel from voucher_activation_channel where person_id = ? order by activated_at")
                .param(personId).query(String.class).list();
    }
}
