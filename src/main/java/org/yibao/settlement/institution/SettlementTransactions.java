package org.yibao.settlement.institution;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.account.AccountPurpose;
import org.yibao.account.SplitRule;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import tools.jackson.databind.JsonNode;

/**
 * 2206 / 2207 / 2208 门诊预结算 / 结算 / 结算撤销 and, the same way for discharged stays, 2303 / 2304 / 2305 住院.
 * Pre-settlement is the very same settlement run as a {@link Trials trial}. A reversed visit can be settled again.
 *
 * <p>The rules of a settlement, each one hop from here: the visit is the person's and still open,
 * {@link Visits#owned}; the amounts, {@link Settling#settle}; the person's part paid from the own account first,
 * then a 家庭共济 authorizer's only once the own balance is zero, items of 公共卫生、体育健身、养生保健 always in cash,
 * {@link SplitRule#split} (the account module applies it to the balances it has locked); each {@code msgid} runs
 * once, and a replay, even a concurrent one, gets the stored answer, {@link FsiMessages#answer} (with the second
 * transaction that answers a refused or replayed call, and why).
 */
@Component
class SettlementTransactions implements FsiTransaction {

    private final PersonIdentification identification;
    private final Settling settling;
    private final Reversing reversing;
    private final SetlInfo setlInfo;
    private final Trials trials;

    SettlementTransactions(PersonIdentification identification, Settling settling, Reversing reversing,
                           SetlInfo setlInfo, Trials trials) {
        this.trials = trials;
        this.identification = identification;
        this.settling = settling;
        this.reversing = reversing;
        this.setlInfo = setlInfo;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2206", "2207", "2208", "2303", "2304", "2305");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        String open = call.infno().startsWith("23") ? Visits.DISCHARGED : Visits.REGISTERED;
        if (call.infno().endsWith("08") || call.infno().endsWith("05")) {
            long personId = identification.person(FsiInput.text(data, "psn_no")).id();
            return reversing.reverse(call, FsiInput.text(data, "setl_id"), personId, open);
        }
        String psnNo = FsiInput.text(data, "psn_no");
        String mdtrtId = FsiInput.text(data, "mdtrt_id");
        boolean useAccount = accountUsed(data);
        RoundTrips.Batch read = new RoundTrips.Batch();
        Settling.Reading reading = settling.reading(read, new PersonId(PersonIdentification.idOrNone(psnNo)), mdtrtId,
                call.institutionCode(), useAccount);
        InsuredPersons.Insured insured = identification.confirmedInsured(psnNo,
                FsiInput.text(data, "mdtrt_cert_type"), FsiInput.text(data, "mdtrt_cert_no"), call.institutionCode(),
                read);
        InsuredPerson person = insured.person();
        Settling.Order order = new Settling.Order(new PersonId(person.id()), mdtrtId, FsiInput.text(data, "med_type"),
                FsiInput.text(data, "insutype"), FsiInput.money(data, "medfee_sumamt"), useAccount,
                AccountPurpose.MEDICAL, insured.periods());
        if (call.infno().endsWith("06") || call.infno().endsWith("03")) {
            return trials.run(() -> setlInfo.trialOutput(settling.settle(call, order, Set.of(open), reading), person));
        }
        return setlInfo.output(settling.settle(call, order, Set.of(open), reading), person);
    }

    static boolean accountUsed(JsonNode data) {
        String flag = FsiInput.text(data, "acct_used_flag");
        if (!flag.equals("0") && !flag.equals("1")) {
            throw new FsiRefusal("个人账户使用标志acct_used_flag[" + flag + "]错误，应为0或1");
        }
        return flag.equals("1");
    }
}
