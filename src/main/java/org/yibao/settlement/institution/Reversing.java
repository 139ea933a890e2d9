package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yibao.account.AccountReversal;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.settlement.policy.Accumulators;

/**
 * 结算撤销 (2208 / 2305 / 2103, and 2601 冲正 of a settlement): gives back exactly what the settlement took from the
 * accounts and added to the accumulators, both keyed by its {@code setl_id}, and reopens the visit.
 */
@Component
class Reversing {

    private final SettlementRecords records;
    private final Visits visits;
    private final PersonalAccounts accounts;
    private final Accumulators accumulators;
    private final Clock clock;

    Reversing(SettlementRecords records, Visits visits, PersonalAccounts accounts, Accumulators accumulators, Clock clock) {
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
        if (Visits.DISCHARGED.equals(reopenedStatus)) {
            visits.openStay(personId).ifPresent(open -> {
                throw new FsiRefusal("人员编号psn_no[" + personId + "]现有未结算的住院记录（就诊ID mdtrt_id["
                        + open.mdtrtId() + "]），不能撤销此前的住院结算，请先完成该次住院结算");
            });
        }
        accumulators.lock(personId);
        boolean fromAccounts = ((Number) row.get("acct_pay")).longValue() + ((Number) row.get("acct_mulaid_pay")).longValue() > 0;
        AccountReversal back = fromAccounts ? accounts.reverse(setlId)
                : new AccountReversal(setlId, Money.ZERO, Money.ZERO); // a cash-only payment left no movement
        accumulators.reverse(setlId);
        records.markReversed(setlId, OffsetDateTime.now(clock));
        visits.status(mdtrtId, reopenedStatus);
        return Map.of("setlinfo", reversal(row, back, accounts.balance(personId).orElse(Money.ZERO)));
    }

    /** The reversal amounts: the original amounts negated, and the own balance after the money came back. */
    private static Map<String, Object> reversal(Map<String, Object> row, AccountReversal back, Money balance) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("setl_id", row.get("setl_id"));
        out.put("mdtrt_id", row.get("mdtrt_id"));
        out.put("psn_no", row.get("person_id").toString());
        for (String f : new String[]{"medfee_sumamt", "fund_pay_sumamt", "psn_part_amt", "psn_cash_pay"}) {
            out.put(f, Money.ZERO.minus(SetlInfo.yuan(row.get(f))));
        }
        out.put("acct_pay", Money.ZERO.minus(back.acctRestored()));
        out.put("acct_mulaid_pay", Money.ZERO.minus(back.mulaidRestored()));
        out.put("balc", balance);
        return out;
    }
}
