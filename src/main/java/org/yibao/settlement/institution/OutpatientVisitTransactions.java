package org.yibao.settlement.institution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPersons;
import tools.jackson.databind.JsonNode;

/**
 * 2201 门诊挂号, 2202 挂号撤销, 2203 就诊信息上传. Registration is refused while the person has an inpatient stay
 * that was discharged but not settled (seed 004 常见问题 08): that stay must be settled first ({@link #register}).
 */
@Component
class OutpatientVisitTransactions implements FsiTransaction {

    private static final Set<String> OUTPATIENT_TYPES = Set.of("11", "14", "51");

    private final PersonIdentification identification;
    private final Visits visits;
    private final Fees fees;
    private final SettlementIds ids;
    private final ChronicQualifications chronic;
    private final RoundTrips roundTrips;

    OutpatientVisitTransactions(PersonIdentification identification, Visits visits, Fees fees, SettlementIds ids,
                                ChronicQualifications chronic, RoundTrips roundTrips) {
        this.identification = identification;
        this.roundTrips = roundTrips;
        this.visits = visits;
        this.fees = fees;
        this.ids = ids;
        this.chronic = chronic;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2201", "2202", "2203");
    }

    @Override
    public Object handle(FsiCall call) {
        return switch (call.infno()) {
            case "2201" -> register(call, call.data());
            case "2202" -> cancel(call, java.util.Objects.requireNonNullElse(FsiInput.optional(call.data(), "mdtrt_id"), ""),
                    FsiInput.text(call.data(), "psn_no"));
            default -> upload(call, FsiInput.object(call.input(), "mdtrtinfo"));
        };
    }

    /**
     * 2201. The person with their insurance relationships, the voucher shown and the person's discharged, unsettled
     * stay are one read; the visit's insert travels with the stored answer, judged before the commit. Refused while
     * the person has an inpatient stay that was discharged but not settled, and when the 门诊号 is in use; either
     * refusal rolls everything back.
     */
    private Object register(FsiCall call, JsonNode data) {
        String psnNo = FsiInput.text(data, "psn_no");
        RoundTrips.Batch read = new RoundTrips.Batch();
        RoundTrips.Answer<String> unsettledStay = read.add(
                Visits.dischargedUnsettled(PersonIdentification.idOrNone(psnNo)));
        InsuredPersons.Insured insured = identification.confirmedInsured(psnNo, FsiInput.text(data, "mdtrt_cert_type"),
                FsiInput.text(data, "mdtrt_cert_no"), call.institutionCode(), read);
        if (unsettledStay.get() != null) {
            throw new FsiRefusal("该参保人有已出院未结算的住院记录（就诊ID " + unsettledStay.get()
                    + "），请先办理住院结算后再门诊挂号");
        }
        long personId = insured.person().id();
        InsurancePeriod coverage = Coverages.normal(personId, insured.periods(), FsiInput.text(data, "insutype"));
        String visitNumber = FsiInput.text(data, "ipt_otp_no");
        String mdtrtId = ids.next("M");
        Visits.NewVisit visit = new Visits.NewVisit(mdtrtId, call.institutionCode(), personId, coverage.insutype(), "11",
                coverage.regionCode(), FsiInput.text(data, "mdtrt_cert_type"), visitNumber,
                FsiInput.optional(data, "dept_name"), FsiInput.time(data, "begntime"), Visits.REGISTERED, call.msgid());
        roundTrips.defer(Visits.create(visit), created -> {
            if (created != 1) {
                throw new FsiRefusal("门诊号ipt_otp_no[" + visitNumber + "]已被使用，住院/门诊号不可重复");
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mdtrt_id", mdtrtId);
        out.put("psn_no", Long.toString(personId));
        out.put("ipt_otp_no", visitNumber);
        return Map.of("data", out);
    }

    /** 2202, and 2601 冲正 of a 2201: only a visit without live fee items can be cancelled. */
    Object cancel(FsiCall call, String mdtrtId, String psnNo) {
        long personId = identification.person(psnNo).id();
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.REGISTERED));
        if (fees.liveCount(mdtrtId) > 0) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + mdtrtId + "]还有未撤销的费用明细，请先撤销费用明细(2205)");
        }
        visits.status(mdtrtId, Visits.CANCELLED);
        return Map.of();
    }

    private Object upload(FsiCall call, JsonNode info) {
        long personId = identification.person(FsiInput.text(info, "psn_no")).id();
        String mdtrtId = FsiInput.text(info, "mdtrt_id");
        visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.REGISTERED));
        String medType = FsiInput.text(info, "med_type");
        if (!OUTPATIENT_TYPES.contains(medType)) {
            throw new FsiRefusal("医疗类别med_type[" + medType + "]不是门诊类别（11、14、51）");
        }
        chronic.requireFor(personId, medType);
        visits.diagnose(mdtrtId, medType, FsiInput.optional(info, "dise_codg"), FsiInput.optional(info, "dise_name"));
        return Map.of();
    }
}
