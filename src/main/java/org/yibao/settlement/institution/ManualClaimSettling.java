package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.ManualClaims;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.policy.LayeredResult;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.SettledLines;

/**
 * {@link ManualClaims}：试算只读；记为结算时锁定此人的累计值、以当时的累计重新计算，写入一笔结算（setl_id 以 {@code R} 开头，
 * {@code mdtrt_id} 同值，{@code medins_setl_id} 为 {@code CLAIM:} 加引用）与各层累计。个人负担视为已由本人现金支付。
 */
@Service
class ManualClaimSettling implements ManualClaims {

    private static final int LOCK_SPACE = 5002;
    private static final String PREFIX = "CLAIM:";
    /** The claim's settlement, through the index that holds only claims (V290): never a scan of all settlements. */
    static final String EARLIER = """
            select setl_id from settlement_settlement where medins_setl_id = ? and medins_setl_id like 'CLAIM:%'""";

    private final ClaimComputation computation;
    private final Accumulators accumulators;
    private final RoundTrips roundTrips;
    private final PersonalAccounts accounts;
    private final SettlementIds ids;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ManualClaimSettling(ClaimComputation computation, Accumulators accumulators, RoundTrips roundTrips,
                        PersonalAccounts accounts, SettlementIds ids, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.computation = computation;
        this.accumulators = accumulators;
        this.roundTrips = roundTrips;
        this.accounts = accounts;
        this.ids = ids;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ClaimResult trial(Claim claim) {
        ClaimComputation.Checked checked = computation.check(claim);
        return answer(computation.compute(checked, roundTrips.run(Accumulators.of(new PersonId(claim.personId()),
                claim.visitDate().getYear()))));
    }

    @Override
    @Transactional
    public RecordedClaim record(Claim claim, String reference, String clerkLogin) {
        if (reference == null || clerkLogin == null || reference.isBlank() || reference.length() > 24
                || clerkLogin.isBlank() || clerkLogin.length() > 40) {
            throw new BusinessException(Problem.INVALID, "CLAIM_INVALID");
        }
        ClaimComputation.Checked checked = computation.check(claim);
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_SPACE, reference).query((rs, n) -> 1).list();
        Optional<String> earlier = jdbc.sql(EARLIER).param(PREFIX + reference).query(String.class).optional();
        if (earlier.isPresent()) {
            return stored(earlier.get());
        }
        PersonId person = new PersonId(claim.personId());
        roundTrips.run(Accumulators.lock(person));
        int year = claim.visitDate().getYear();
        LayeredResult layered = computation.compute(checked, roundTrips.run(Accumulators.of(person, year)));
        String setlId = ids.next("R");
        PolicyResult r = layered.result();
        if (r.delta() != null && !r.delta().isZero()) {
            accumulators.apply(person, year, r.delta(), setlId);
        }
        for (LayeredResult.LayerDelta layer : layered.layerDeltas()) {
            accumulators.applyLayer(person, year, layer.delta(), setlId);
        }
        insert(checked, layered, setlId, reference);
        audit.record(clerkLogin, "person:" + claim.personId(), "CLAIM_SETTLED", AuditTrail.Channel.STAFF,
                setlId + " " + reference + " total " + r.medfeeSumamt() + " fund " + r.fundPaySumamt());
        return new RecordedClaim(setlId, answer(layered));
    }

    private void insert(ClaimComputation.Checked c, LayeredResult layered, String setlId, String reference) {
        PolicyResult r = layered.result();
        List<SettledLines.Item> items = new ArrayList<>();
        for (int k = 0; k < c.feeItems().size(); k++) {
            items.add(new SettledLines.Item(Integer.toString(k + 1), c.catalogItems().get(k).code(),
                    c.catalogItems().get(k).name(), c.feeItems().get(k).itemClass().name(), r.items().get(k)));
        }
        long balance = accounts.balance(new PersonId(c.claim().personId())).orElse(Money.ZERO).fen();
        jdbc.sql("""
                insert into settlement_settlement (setl_id, mdtrt_id, person_id, institution_code, insutype, med_type,
                    region_code, setl_time, medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt,
                    inscp_scp_amt, act_pay_dedc, hifp_pay, pool_prop_selfpay, fund_pay_sumamt, psn_part_amt, acct_pay,
                    acct_mulaid_pay, psn_cash_pay, balc, medins_setl_id, status, explanation, fund_lines, item_results,
                    psn_type, mdtrt_cert_type, hifmi_pay, hifob_pay, maf_pay)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 'SETTLED', ?, ?::jsonb,
                    ?::jsonb, ?, '', ?, ?, ?)""")
                .params(setlId, setlId, c.claim().personId(), c.institutionCode(), c.coverage().insutype(),
                        c.claim().medType(), c.coverage().regionCode(), OffsetDateTime.now(clock),
                        r.medfeeSumamt().fen(), r.fulamtOwnpayAmt().fen(), r.overlmtSelfpay().fen(),
                        r.preselfpayAmt().fen(), r.inscpScpAmt().fen(), r.actPayDedc().fen(), r.hifpPay().fen(),
                        r.poolPropSelfpay().fen(), r.fundPaySumamt().fen(), r.psnPartAmt().fen(), r.psnPartAmt().fen(),
                        balance, PREFIX + reference, explanation(layered), SettledLines.fundLines(r.setldetail()),
                        SettledLines.itemResults(items), c.coverage().psnType(), layered.hifmiPay().fen(),
                        layered.hifobPay().fen(), layered.mafPay().fen())
                .update();
    }

    /** 已记录的结算，按存储的金额回答（重复调用时）。 */
    private RecordedClaim stored(String setlId) {
        return jdbc.sql("""
                select medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt, inscp_scp_amt, act_pay_dedc,
                       hifp_pay, coalesce(hifmi_pay, 0), coalesce(hifob_pay, 0), coalesce(maf_pay, 0), fund_pay_sumamt,
                       psn_part_amt, explanation,
                       (select coalesce(jsonb_agg(jsonb_build_array(d.fund_pay_type, d.fund_payamt_fen)), '[]')::text
                        from settlement_detail d where d.setl_id = s.setl_id)
                from settlement_settlement s where setl_id = ?""").param(setlId)
                .query((rs, n) -> new RecordedClaim(setlId, new ClaimResult(fen(rs.getLong(1)), fen(rs.getLong(2)),
                        fen(rs.getLong(3)), fen(rs.getLong(4)), fen(rs.getLong(5)), fen(rs.getLong(6)),
                        fen(rs.getLong(7)), fen(rs.getLong(8)), fen(rs.getLong(9)), fen(rs.getLong(10)),
                        fen(rs.getLong(11)), fen(rs.getLong(12)), lines(rs.getString(14)),
                        List.of(rs.getString(13))))).single();
    }

    private static List<Line> lines(String json) {
        List<Line> lines = new ArrayList<>();
        var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        node.forEach(pair -> lines.add(new Line(pair.get(0).asString(), Money.ofFen(pair.get(1).asLong()))));
        return lines;
    }

    private static Money fen(long fen) {
        return Money.ofFen(fen);
    }

    private static ClaimResult answer(LayeredResult layered) {
        PolicyResult r = layered.result();
        List<Line> lines = r.setldetail().stream().map(l -> new Line(l.fundPayType(), l.fundPayamt())).toList();
        return new ClaimResult(r.medfeeSumamt(), r.fulamtOwnpayAmt(), r.overlmtSelfpay(), r.preselfpayAmt(),
                r.inscpScpAmt(), r.actPayDedc(), r.hifpPay(), layered.hifmiPay(), layered.hifobPay(),
                layered.mafPay(), r.fundPaySumamt(), r.psnPartAmt(), lines, List.of(explanation(layered)));
    }

    private static String explanation(LayeredResult layered) {
        PolicyResult r = layered.result();
        String basic = r.setldetail().isEmpty() ? "统筹基金不支付。" : "政策范围内费用" + r.inscpScpAmt() + "元，扣除起付线"
                + r.actPayDedc() + "元后按" + r.appliedRatio().movePointRight(2).stripTrailingZeros().toPlainString()
                + "%支付，年度限额" + r.yearlyCap() + "元，统筹基金支付" + r.hifpPay() + "元。";
        return "手工报销：" + basic + String.join("", layered.explanation());
    }
}
