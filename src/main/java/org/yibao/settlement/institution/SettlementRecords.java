package org.yibao.settlement.institution;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.account.PaymentSplit;
import org.yibao.common.AuditTrail;
import org.yibao.common.Money;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.ItemSplit;
import org.yibao.settlement.policy.LayeredResult;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.SettledLines;

/**
 * The stored settlements: the amounts, one detail row per fund and how each item was settled (what the citizen's
 * 消费信息 explains). The table's CHECKs hold the two identities of API.md §1.
 */
@Component
class SettlementRecords {

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final AuditTrail audit;

    SettlementRecords(JdbcClient jdbc, RoundTrips roundTrips, AuditTrail audit) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.audit = audit;
    }

    record NewSettlement(String setlId, Visits.Visit visit, String institutionCode, String medType, String psnType,
                         OffsetDateTime setlTime, LayeredResult layered, PaymentSplit split, String msgid,
                         Money accountBarred) {

        PolicyResult result() {
            return layered.result();
        }
    }

    /**
     * Stores the settlement with its fund lines and item results and marks the visit 已结算, in one statement sent
     * with the call's stored answer ({@link RoundTrips#defer}: nothing reads it back before); answers the row as
     * {@link #find} will read it, for the fields {@link SetlInfo} uses. {@code feeItems} are the catalog's view of
     * {@code items}, in the same order as the result's item splits.
     */
    Map<String, Object> add(NewSettlement s, List<Fees.Fee> items, List<FeeItem> feeItems) {
        PolicyResult r = s.result();
        PaymentSplit p = s.split();
        audit.record("institution:" + s.institutionCode(), "person:" + s.visit().personId(), "SETTLED",
                AuditTrail.Channel.INSTITUTION, s.setlId() + " total " + r.medfeeSumamt() + " fund " + r.fundPaySumamt()
                        + " account " + p.acctPay() + " mutual aid " + p.acctMulaidPay() + " cash " + p.cashPay());
        List<ItemSplit> splits = r.items();
        List<SettledLines.Item> settled = new java.util.ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Fees.Fee fee = items.get(k);
            settled.add(new SettledLines.Item(fee.feedetlSn(), fee.medListCodg(), fee.itemName(),
                    feeItems.get(k).itemClass().name(), splits.get(k)));
        }
        LayeredResult l = s.layered();
        String explanation = explanation(r) + String.join("", l.explanation()) + barredExplanation(s.accountBarred());
        roundTrips.defer("""
                with settled as (
                    insert into settlement_settlement (setl_id, mdtrt_id, person_id, institution_code, insutype,
                        med_type, region_code, setl_time, medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay,
                        preselfpay_amt, inscp_scp_amt, act_pay_dedc, hifp_pay, pool_prop_selfpay, fund_pay_sumamt,
                        psn_part_amt, acct_pay, acct_mulaid_pay, psn_cash_pay, balc, mulaid_payer_person,
                        medins_setl_id, status, explanation, fund_lines, item_results, psn_type, mdtrt_cert_type,
                        hifmi_pay, hifob_pay, maf_pay, acct_barred_amt)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SETTLED', ?,
                        ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)
                    returning setl_id)
                update settlement_visit set status = 'SETTLED' where mdtrt_id = ?""",
                s.setlId(), s.visit().mdtrtId(), s.visit().personId(), s.institutionCode(), s.visit().insutype(),
                        s.medType(), s.visit().regionCode(), s.setlTime(), r.medfeeSumamt().fen(),
                        r.fulamtOwnpayAmt().fen(), r.overlmtSelfpay().fen(), r.preselfpayAmt().fen(),
                        r.inscpScpAmt().fen(), r.actPayDedc().fen(), r.hifpPay().fen(), r.poolPropSelfpay().fen(),
                        r.fundPaySumamt().fen(), r.psnPartAmt().fen(), p.acctPay().fen(), p.acctMulaidPay().fen(),
                        p.cashPay().fen(), p.balanceAfter().fen(), p.mulaidPersonId(), s.msgid(), explanation,
                        SettledLines.fundLines(r.setldetail()), SettledLines.itemResults(settled), s.psnType(),
                        s.visit().certType(), l.hifmiPay().fen(), l.hifobPay().fen(), l.mafPay().fen(),
                        s.accountBarred().fen(), s.visit().mdtrtId());
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("setl_id", s.setlId());
        row.put("mdtrt_id", s.visit().mdtrtId());
        row.put("person_id", s.visit().personId());
        row.put("institution_code", s.institutionCode());
        row.put("insutype", s.visit().insutype());
        row.put("med_type", s.medType());
        row.put("region_code", s.visit().regionCode());
        row.put("setl_time", s.setlTime());
        row.put("medfee_sumamt", r.medfeeSumamt().fen());
        row.put("fulamt_ownpay_amt", r.fulamtOwnpayAmt().fen());
        row.put("overlmt_selfpay", r.overlmtSelfpay().fen());
        row.put("preselfpay_amt", r.preselfpayAmt().fen());
        row.put("inscp_scp_amt", r.inscpScpAmt().fen());
        row.put("act_pay_dedc", r.actPayDedc().fen());
        row.put("hifp_pay", r.hifpPay().fen());
        row.put("pool_prop_selfpay", r.poolPropSelfpay().fen());
        row.put("hifmi_pay", l.hifmiPay().fen());
        row.put("hifob_pay", l.hifobPay().fen());
        row.put("maf_pay", l.mafPay().fen());
        row.put("fund_pay_sumamt", r.fundPaySumamt().fen());
        row.put("psn_part_amt", r.psnPartAmt().fen());
        row.put("acct_pay", p.acctPay().fen());
        row.put("acct_mulaid_pay", p.acctMulaidPay().fen());
        row.put("psn_cash_pay", p.cashPay().fen());
        row.put("balc", p.balanceAfter().fen());
        row.put("medins_setl_id", s.msgid());
        row.put("status", "SETTLED");
        row.put("explanation", explanation);
        row.put("psn_type", s.psnType());
        row.put("mdtrt_cert_type", s.visit().certType());
        return row;
    }

    /** The settlement as stored, with its column names, for the institution that made it. */
    Optional<Map<String, Object>> find(String setlId, String institutionCode) {
        return jdbc.sql("select * from settlement_settlement where setl_id = ? and institution_code = ?")
                .params(setlId, institutionCode).query().listOfRows().stream().findFirst();
    }

    List<Map<String, Object>> details(String setlId) {
        return jdbc.sql("select fund_pay_type, fund_payamt_fen from settlement_detail where setl_id = ? order by 1")
                .param(setlId).query().listOfRows();
    }

    void markReversed(String setlId, OffsetDateTime at) {
        jdbc.sql("update settlement_settlement set status = 'REVERSED', reversed_at = ? where setl_id = ?")
                .params(at, setlId).update();
        jdbc.sql("select institution_code, person_id from settlement_settlement where setl_id = ?").param(setlId)
                .query((rs, n) -> {
                    audit.record("institution:" + rs.getString(1), "person:" + rs.getLong(2), "SETTLEMENT_REVERSED",
                            AuditTrail.Channel.INSTITUTION, setlId);
                    return 1;
                }).list();
    }

    /** Why part of the person's share was paid in cash although an account could have paid it (seed 002). */
    private static String barredExplanation(Money barred) {
        return barred.isZero() ? "" : "其中" + barred + "元为公共卫生、体育健身或养生保健消费，个人账户（含家庭共济）不得支付，由个人现金支付。";
    }

    /** How the fund's share was found, in plain Chinese, for the citizen's explanation of benefits. */
    private static String explanation(PolicyResult r) {
        if (r.setldetail().isEmpty()) {
            return "定点药店购药，统筹基金不支付，费用由个人账户或现金支付。";
        }
        return "政策范围内费用" + r.inscpScpAmt() + "元，扣除起付线" + r.actPayDedc() + "元后按"
                + r.appliedRatio().movePointRight(2).stripTrailingZeros().toPlainString() + "%支付，年度限额"
                + r.yearlyCap() + "元，统筹基金支付" + r.hifpPay() + "元。";
    }

    /** The items of a settlement as split, with quantity and price, in upload order. */
    List<Map<String, Object>> items(String setlId) {
        return jdbc.sql("""
                select r.feedetl_sn, r.med_list_codg, r.item_name, r.item_class, f.cnt, f.pric_fen, r.det_item_fee_sumamt,
                       r.fulamt_ownpay_amt, r.overlmt_amt, r.preselfpay_amt, r.inscp_scp_amt
                from settlement_item_result r
                join settlement_settlement s on s.setl_id = r.setl_id
                left join settlement_fee f on f.mdtrt_id = s.mdtrt_id and f.feedetl_sn = r.feedetl_sn and not f.cancelled
                where r.setl_id = ? order by length(r.feedetl_sn), r.feedetl_sn""").param(setlId).query().listOfRows();
    }
}
