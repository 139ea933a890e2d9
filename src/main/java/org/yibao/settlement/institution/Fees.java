package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.RoundTrips;
import org.yibao.common.Money;

/** The fee items (费用明细) uploaded for a visit; cancelled items stay, marked, for the record. */
@Component
class Fees {

    private static final String ADD_ALL = """
            insert into settlement_fee (mdtrt_id, feedetl_sn, chrg_bchno, med_list_codg, item_name, cnt, pric_fen,
                det_item_fee_sumamt_fen, fee_ocur_time, medins_list_codg, upload_msgid)
            select t.*, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::numeric[], ?::bigint[], ?::bigint[], ?::timestamptz[], ?::varchar[]) as t (mdtrt_id, feedetl_sn,
                chrg_bchno, med_list_codg, item_name, cnt, pric_fen, det_item_fee_sumamt_fen, fee_ocur_time,
                medins_list_codg)
            where exists (select 1 from settlement_visit v where v.mdtrt_id = t.mdtrt_id)
            on conflict (mdtrt_id, feedetl_sn) do update set chrg_bchno = excluded.chrg_bchno,
                med_list_codg = excluded.med_list_codg, item_name = excluded.item_name, cnt = excluded.cnt,
                pric_fen = excluded.pric_fen, det_item_fee_sumamt_fen = excluded.det_item_fee_sumamt_fen,
                fee_ocur_time = excluded.fee_ocur_time, medins_list_codg = excluded.medins_list_codg,
                upload_msgid = excluded.upload_msgid, cancelled = false
            where settlement_fee.cancelled
            returning mdtrt_id || '/' || feedetl_sn""";
    private static final String LIVE = """
            select feedetl_sn, chrg_bchno, med_list_codg, item_name, cnt, pric_fen, det_item_fee_sumamt_fen,
                   fee_ocur_time from settlement_fee where mdtrt_id = ? and not cancelled order by feedetl_sn""";

    private final JdbcClient jdbc;

    Fees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item; {@code medinsListCodg}, the HIS's own code, is kept for 5204 and not read back to settle. */
    record Fee(String feedetlSn, @Nullable String chrgBchno, String medListCodg, String itemName, BigDecimal cnt,
               Money pric, Money detItemFeeSumamt, OffsetDateTime feeOcurTime, @Nullable String medinsListCodg) {
    }

    /** An item for one visit, as uploaded together with others. */
    record VisitFee(String mdtrtId, Fee fee) {
    }

    /**
     * Adds the items to their visits in one statement, to send with others; it reads the keys of the items added. An
     * item its visit already has live is not added, nor is one of a visit that does not exist, nor the repeat of an
     * item named earlier in the same upload: {@link #firstRefused} finds the first of them.
     */
    static RoundTrips.Sql<List<String>> addAll(List<VisitFee> items, String msgid) {
        Set<String> keys = new HashSet<>();
        List<VisitFee> once = items.stream().filter(i -> keys.add(key(i))).toList();
        return RoundTrips.Sql.query(ADD_ALL, rs -> {
            List<String> added = new ArrayList<>();
            while (rs.next()) {
                added.add(rs.getString(1));
            }
            return added;
        }, addAllParams(once, msgid));
    }

    /**
     * The first item, in upload order, that was not added: one its visit already had live, or the second naming of
     * an item (as if the items had been added one by one).
     */
    static Optional<VisitFee> firstRefused(List<VisitFee> items, List<String> added) {
        Set<String> inserted = new HashSet<>(added);
        Set<String> seen = new HashSet<>();
        return items.stream().filter(i -> !seen.add(key(i)) || !inserted.contains(key(i))).findFirst();
    }

    private static String key(VisitFee i) {
        return i.mdtrtId() + "/" + i.fee().feedetlSn();
    }

    private static Object[] addAllParams(List<VisitFee> items, String msgid) {
        return new Object[] {msgid, items.stream().map(VisitFee::mdtrtId).toArray(String[]::new),
                items.stream().map(i -> i.fee().feedetlSn()).toArray(String[]::new),
                items.stream().map(i -> i.fee().chrgBchno()).toArray(String[]::new),
                items.stream().map(i -> i.fee().medListCodg()).toArray(String[]::new),
                items.stream().map(i -> i.fee().itemName()).toArray(String[]::new),
                items.stream().map(i -> i.fee().cnt().toPlainString()).toArray(String[]::new),
                items.stream().mapToLong(i -> i.fee().pric().fen()).toArray(),
                items.stream().mapToLong(i -> i.fee().detItemFeeSumamt().fen()).toArray(),
                items.stream().map(i -> i.fee().feeOcurTime().toString()).toArray(String[]::new),
                items.stream().map(i -> i.fee().medinsListCodg()).toArray(String[]::new)};
    }

    /** The visit's live items, as a statement to send with others. */
    static RoundTrips.Sql<List<Fee>> live(String mdtrtId) {
        return RoundTrips.Sql.query(LIVE, rs -> {
            List<Fee> fees = new ArrayList<>();
            while (rs.next()) {
                fees.add(fee(rs, 0));
            }
            return fees;
        }, mdtrtId);
    }

    private static Fee fee(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Fee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                Money.ofFen(rs.getLong(6)), Money.ofFen(rs.getLong(7)), rs.getObject(8, OffsetDateTime.class), null);
    }

    long liveCount(String mdtrtId) {
        return jdbc.sql("select count(*) from settlement_fee where mdtrt_id = ? and not cancelled").param(mdtrtId)
                .query(Long.class).single();
    }

    /** Cancels the visit's live items of a batch ({@code "0000"} or null: all), answering how many. */
    int cancel(String mdtrtId, @Nullable String chrgBchno) {
        boolean all = chrgBchno == null || "0000".equals(chrgBchno);
        return jdbc.sql("""
                update settlement_fee set cancelled = true
                where mdtrt_id = ? and not cancelled and (? or chrg_bchno = ?)""")
                .params(mdtrtId, all, chrgBchno).update();
    }

    /** Cancels what one upload message added (2601 冲正 of a 2204). */
    int cancelUpload(String mdtrtId, String msgid) {
        return jdbc.sql("update settlement_fee set cancelled = true where mdtrt_id = ? and upload_msgid = ? and not cancelled")
                .params(mdtrtId, msgid).update();
    }

    /** The visit an upload message added items to. */
    java.util.Optional<String> visitOfUpload(String msgid) {
        return jdbc.sql("select distinct mdtrt_id from settlement_fee where upload_msgid = ? limit 1").param(msgid)
                .query(String.class).optional();
    }
}
