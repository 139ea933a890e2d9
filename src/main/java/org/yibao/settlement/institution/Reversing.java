package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.account.AccountReversal;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.selfpay.CashOrders;

/**
 * 结算撤销 (2208 / 2305 / 2103, and 2601 冲正 of a settlement): gives back exactly what the settlement took from the
 * accounts and added to the accumulators, both keyed by its {@code setl_id}, and reopens the visit. The answer is
 * the settlement's full {@code setlinfo} and {@code setldetail} with the amounts negated, at the time of the reversal,
 * with the reversal's msgid as {@code medins_setl_id}. The settlement's 自费支付 order is refunded or cancelled.
 */
@Component
class Reversing {

    private final SettlementRecords records;
    private final Visits visits;
    private final PersonalAccounts accounts;
    private final Accumulators accumulators;
    private final RoundTrips roundTrips;
    private final SetlInfo setlInfo;
    private final Clock clock;
    private final CashOrders cashOrders;

    Reversing(SettlementRecords records, Visits visits, PersonalAccounts accounts, Accumulators accumulators,
              RoundTrips roundTrips, SetlInfo setlInfo, Clock clock, CashOrders cashOrders) {
        this.roundTrips = roundTrips;
        this.cashOrders = cashOrders;
        this.setlInfo = setlInfo;
        this.records = records;
        this.visits = visits;
        this.accounts = accounts;
        this.accumulators = accumulators;
        this.clock = clock;
    }

    Object reverse(FsiCall call, String setlId, long personId, String reopenedStatus) {
        Map<String, Object> row = records.find(setlId, call.institutionCode())
                .orElseThrow(() -> new FsiRefusal("结算ID setl_id[" + setlId + "]不存在或不属于本机构"));
        String mdtrtId = (String) row.get("mdtrt_id");
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, java.util.Set.of(Visits.SETTLED));
        if (!"SETTLED".equals(row.get("status"))) {
            throw new FsiRefusal("结算ID setl_id[" + setlId + "]已撤销");
        }
        // before the open-stay check: an admission of the person waits for it
        roundTrips.run(Accumulators.lock(new PersonId(personId)));
        if (Visits.DISCHARGED.equals(reopenedStatus)) {
            visits.openStay(personId).ifPresent(open -> {
                throw new FsiRefusal("人员编号psn_no[" + personId + "]现有未结算的住院记录（就诊ID mdtrt_id["
                        + open.mdtrtId() + "]），不能撤销此前的住院结算，请先完成该次住院结算");
            });
        }
        boolean fromAccounts = ((Number) row.get("acct_pay")).longValue() + ((Number) row.get("acct_mulaid_pay")).longValue() > 0;
        AccountReversal back = fromAccounts ? accounts.reverse(setlId)
                : new AccountReversal(setlId, Money.ZERO, Money.ZERO); // a cash-only payment left no movement
        accumulators.reverseSettlement(setlId);
        refundCashPart(setlId);
        OffsetDateTime reversedAt = OffsetDateTime.now(clock);
        records.markReversed(setlId, reversedAt);
        visits.status(mdtrtId, reopenedStatus);
        Map<String, @Nullable Object> setlinfo = negated(setlInfo.setlinfo(row));
        setlinfo.put("setl_time", FsiInput.TIME.format(reversedAt.atZoneSameInstant(BusinessTime.ZONE)));
        setlinfo.put("acct_pay", Money.ZERO.minus(back.acctRestored()));
        setlinfo.put("acct_mulaid_pay", Money.ZERO.minus(back.mulaidRestored()));
        setlinfo.put("balc", accounts.balance(new PersonId(personId)).orElse(Money.ZERO));
        setlinfo.put("medins_setl_id", call.msgid());
        List<Map<String, Object>> setldetail = setlInfo.setldetail(row).stream()
                .map(line -> Map.copyOf(negated(line))).toList();
        return Map.of("setlinfo", setlinfo, "setldetail", setldetail);
    }

    /** A paid 自费支付 order is refunded, an unpaid one cancelled; without a payment channel a paid one is refused. */
    private void refundCashPart(String setlId) {
        try {
            cashOrders.reversed(setlId);
        } catch (BusinessException e) {
            throw new FsiRefusal("结算ID setl_id[" + setlId + "]的个人现金部分已通过自费支付缴纳，自费支付渠道暂不可用，"
                    + "暂不能退款，请稍后再撤销");
        }
    }

    /**
     * The reversal's record: every field of the settlement's, amounts negated; the caller sets what the reversal
     * itself decides (its time and msgid, what came back to the accounts, the balance after).
     */
    private static <V> Map<String, @Nullable Object> negated(Map<String, V> record) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        record.forEach((field, value) -> out.put(field, value instanceof Money m ? Money.ZERO.minus(m) : value));
        return out;
    }
}
