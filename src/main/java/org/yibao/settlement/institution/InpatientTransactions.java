package org.yibao.settlement.institution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsurancePeriod;
import org.yibao.settlement.policy.Accumulators;
import tools.jackson.databind.JsonNode;

/**
 * 2401 入院办理, 2402 出院办理, 2404 入院撤销, 2405 出院撤销. A stay is in hospital, then discharged, then settled
 * (2304); while it is discharged and not settled the person cannot register as an outpatient (2201). A person has
 * at most one stay that is not settled ({@link #admit}); admissions and settlements of one person take the person's
 * lock ({@link Accumulators#lock}) so that the check sees every other admission (a unique index backs it up).
 */
@Component
class InpatientTransactions implements FsiTransaction {

    private static final Set<String> INPATIENT_TYPES = Set.of("21", "52");

    private final PersonIdentification identification;
    private final Coverages coverages;
    private final Visits visits;
    private final Fees fees;
    private final SettlementIds ids;
    private final Accumulators accumulators;
    private final RoundTrips roundTrips;

    InpatientTransactions(PersonIdentification identification, Coverages coverages, Visits visits, Fees fees,
                          SettlementIds ids, Accumulators accumulators, RoundTrips roundTrips) {
        this.accumulators = accumulators;
        this.roundTrips = roundTrips;
        this.identification = identification;
        this.coverages = coverages;
        this.visits = visits;
        this.fees = fees;
        this.ids = ids;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2401", "2402", "2404", "2405");
    }

    @Override
    public Object handle(FsiCall call) {
        return switch (call.infno()) {
            case "2401" -> admit(call, FsiInput.object(call.input(), "mdtrtinfo"));
            case "2402" -> discharge(call, FsiInput.object(call.input(), "dscginfo"));
            case "2404" -> cancelAdmission(call, call.data());
            default -> cancelDischarge(call, call.data());
        };
    }

    private Object admit(FsiCall call, JsonNode info) {
        long personId = identification.person(FsiInput.text(info, "psn_no")).id();
        identification.confirm(personId, FsiInput.text(info, "mdtrt_cert_type"), FsiInput.text(info, "mdtrt_cert_no"),
                call.institutionCode());
        String medType = FsiInput.text(info, "med_type");
        if (!INPATIENT_TYPES.contains(medType)) {
            throw new FsiRefusal("医疗类别med_type[" + medType + "]不是住院类别（21、52）");
        }
        InsurancePeriod coverage = coverages.normal(personId, FsiInput.text(info, "insutype"));
        String stayNumber = FsiInput.text(info, "ipt_no");
        roundTrips.run(Accumulators.lock(new PersonId(personId)));
        visits.openStay(personId).ifPresent(open -> {
            throw secondStay(personId, open.mdtrtId());
        });
        String mdtrtId = ids.next("M");
        Visits.NewVisit stay = new Visits.NewVisit(mdtrtId, call.institutionCode(), personId, coverage.insutype(),
                medType, coverage.regionCode(), FsiInput.text(info, "mdtrt_cert_type"), stayNumber,
                FsiInput.optional(info, "adm_dept_name"), FsiInput.time(info, "begntime"), Visits.IN_HOSPITAL,
                call.msgid());
        if (roundTrips.run(Visits.create(stay)) != 1) {
            throw numberTaken(stayNumber);
        }
        visits.diagnose(mdtrtId, medType, FsiInput.optional(info, "dise_codg"), FsiInput.optional(info, "dise_name"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mdtrt_id", mdtrtId);
        out.put("psn_no", Long.toString(personId));
        out.put("ipt_otp_no", stayNumber);
        return Map.of("result", out);
    }

    private static FsiRefusal numberTaken(String stayNumber) {
        return new FsiRefusal("住院号ipt_no[" + stayNumber + "]已被使用，住院/门诊号不可重复");
    }

    private static FsiRefusal secondStay(long personId, String openMdtrtId) {
        return new FsiRefusal("人员编号psn_no[" + personId + "]已有未结算的住院记录"
                + (openMdtrtId.isEmpty() ? "" : "（就诊ID mdtrt_id[" + openMdtrtId + "]）")
                + "，不能重复办理入院；请先办理出院结算或入院撤销");
    }

    private Object discharge(FsiCall call, JsonNode info) {
        String mdtrtId = FsiInput.text(info, "mdtrt_id");
        long personId = identification.person(FsiInput.text(info, "psn_no")).id();
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.IN_HOSPITAL));
        visits.discharge(mdtrtId, FsiInput.time(info, "endtime"));
        return Map.of();
    }

    private Object cancelAdmission(FsiCall call, JsonNode data) {
        return cancelAdmission(call, FsiInput.text(data, "mdtrt_id"),
                identification.person(FsiInput.text(data, "psn_no")).id());
    }

    /** 2404, also for 2601 of an admission: only a stay without live fee items. */
    Object cancelAdmission(FsiCall call, String mdtrtId, long personId) {
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.IN_HOSPITAL));
        if (fees.liveCount(mdtrtId) > 0) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + mdtrtId + "]还有未撤销的住院费用明细，请先撤销费用明细(2302)");
        }
        visits.status(mdtrtId, Visits.CANCELLED);
        return Map.of();
    }

    private Object cancelDischarge(FsiCall call, JsonNode data) {
        String mdtrtId = FsiInput.text(data, "mdtrt_id");
        long personId = identification.person(FsiInput.text(data, "psn_no")).id();
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.DISCHARGED));
        visits.readmit(mdtrtId);
        return Map.of();
    }
}
