package org.yibao.settlement.institution;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.account.AccountPurpose;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsurancePeriod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 2101 药店预结算, 2102 药店结算, 2103 药店结算撤销: a purchase is a visit (med_type 41), its items and its settlement
 * in one step. The fund pays nothing; the person's part goes to the personal accounts, then cash. Pre-settlement
 * runs the same purchase in a savepoint and rolls it back.
 */
@Component
class PharmacyTransactions implements FsiTransaction {

    private final PersonIdentification identification;
    private final Coverages coverages;
    private final RoundTrips roundTrips;
    private final FeeTransactions fees;
    private final Settling settling;
    private final Reversing reversing;
    private final SetlInfo setlInfo;
    private final SettlementIds ids;
    private final Trials trials;

    PharmacyTransactions(PersonIdentification identification, Coverages coverages, RoundTrips roundTrips,
                         FeeTransactions fees,
                         Settling settling, Reversing reversing, SetlInfo setlInfo,
                         SettlementIds ids, Trials trials) {
        this.identification = identification;
        this.coverages = coverages;
        this.roundTrips = roundTrips;
        this.fees = fees;
        this.settling = settling;
        this.reversing = reversing;
        this.setlInfo = setlInfo;
        this.ids = ids;
        this.trials = trials;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2101", "2102", "2103");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        long personId = identification.person(FsiInput.text(data, "psn_no")).id();
        if ("2103".equals(call.infno())) {
            return reversing.reverse(call, FsiInput.text(data, "setl_id"), personId, Visits.CANCELLED);
        }
        identification.confirm(personId, FsiInput.text(data, "mdtrt_cert_type"), FsiInput.text(data, "mdtrt_cert_no"),
                call.institutionCode());
        if ("2101".equals(call.infno())) {
            return trials.run(() -> setlInfo.trialOutput(purchase(call, data, personId)));
        }
        return setlInfo.output(purchase(call, data, personId));
    }

    private Settling.Settled purchase(FsiCall call, JsonNode data, long personId) {
        InsurancePeriod coverage = coverages.normal(personId, FsiInput.text(data, "insutype"));
        String mdtrtId = ids.next("M");
        roundTrips.run(Visits.create(new Visits.NewVisit(mdtrtId, call.institutionCode(), personId,
                coverage.insutype(), "41", coverage.regionCode(), FsiInput.text(data, "mdtrt_cert_type"), null, null,
                call.receivedAt().atZone(BusinessTime.ZONE).toOffsetDateTime(), Visits.REGISTERED, call.msgid())));
        JsonNode items = FsiInput.array(call.input(), "feedetail");
        for (JsonNode item : items) {
            ((ObjectNode) item).put("mdtrt_id", mdtrtId).put("psn_no", Long.toString(personId));
        }
        fees.upload(call, items, Set.of(Visits.REGISTERED));
        return settling.settle(call, new Settling.Order(new PersonId(personId), mdtrtId, "41", coverage.insutype(),
                FsiInput.money(data, "medfee_sumamt"), SettlementTransactions.accountUsed(data), AccountPurpose.PHARMACY,
                List.of(coverage)),
                Set.of(Visits.REGISTERED));
    }
}
