package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.Money;

/** The fee items (费用明细) uploaded for a visit; cancelled items stay, marked, for the record. */
@Component
class Fees {

    private final JdbcClient jdbc;

    Fees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Fee(String feedetlSn, @Nullable String chrgBchno, String medListCodg, String itemName, BigDecimal cnt,
               Money pric, Money detItemFeeSumamt, OffsetDateTime feeOcurTime) {
    }

    /** False when the visit already has a live item with this {@code feedetl_sn}. */
    boolean add(String mdtrtId, Fee f, String msgid) {
        return jdbc.sql("""
                insert into settlement_fee (mdtrt_id, feedetl_sn, chrg_bchno, med_list_codg, item_name, cnt, pric_fen,
                    det_item_fee_sumamt_fen, fee_ocur_time, upload_msgid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (mdtrt_id, feedetl_sn) do update set chrg_bchno = excluded.chrg_bchno,
                    med_list_codg = excluded.med_list_codg, item_name = excluded.item_name, cnt = excluded.cnt,
                    pric_fen = excluded.pric_fen, det_item_fee_sumamt_fen = excluded.det_item_fee_sumamt_fen,
                    fee_ocur_time = excluded.fee_ocur_time, upload_msgid = excluded.upload_msgid, cancelled = false
                where settlement_fee.cancelled""")
                .params(mdtrtId, f.feedetlSn(), f.chrgBchno(), f.medListCodg(), f.itemName(), f.cnt(), f.pric().fen(),
                        f.detItemFeeSumamt().fen(), f.feeOcurTime(), msgid)
                .update() == 1;
    }

    List<Fee> live(String mdtrtId) {
        return jdbc.sql("""
                select feedetl_sn, chrg_bchno, med_list_codg, item_name, cnt, pric_fen, det_item_fee_sumamt_fen,
                       fee_ocur_time from settlement_fee where mdtrt_id = ? and not cancelled order by feedetl_sn""")
                .param(mdtrtId)
                .query((rs, n) -> new Fee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), Money.ofFen(rs.getLong(6)), Money.ofFen(rs.getLong(7)),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
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
