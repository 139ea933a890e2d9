package org.yibao.settlement.institution;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * 2601 冲正交易: undoes the transaction the institution sent with {@code omsgid} — typically when it never saw the
 * answer. A settlement (2207 / 2304 / 2102) is reversed as by 2208 / 2305 / 2103, a registration (2201) cancelled as by
 * 2202, an admission (2401) as by 2404, a fee upload (2204) cancelled as by 2205 for exactly the items that
 * message added.
 */
@Component
class CorrectionTransaction implements FsiTransaction {

    private final JdbcClient jdbc;
    private final PersonIdentification identification;
    private final Reversing reversing;
    private final Visits visits;
    private final Fees fees;
    private final OutpatientVisitTransactions outpatient;
    private final InpatientTransactions inpatient;

    CorrectionTransaction(JdbcClient jdbc, PersonIdentification identification, Reversing reversing, Visits visits,
                          Fees fees, OutpatientVisitTransactions outpatient, InpatientTransactions inpatient) {
        this.jdbc = jdbc;
        this.identification = identification;
        this.reversing = reversing;
        this.visits = visits;
        this.fees = fees;
        this.outpatient = outpatient;
        this.inpatient = inpatient;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2601");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        String psnNo = FsiInput.text(data, "psn_no");
        long personId = identification.person(psnNo).id();
        String omsgid = FsiInput.text(data, "omsgid");
        String oinfno = FsiInput.text(data, "oinfno");
        String answer = jdbc.sql("""
                select response, response_packed from settlement_message
                where institution_code = ? and msgid = ? and infno = ? and succeeded""")
                .params(call.institutionCode(), omsgid, oinfno)
                .query((rs, n) -> FsiAnswers.stored(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new FsiRefusal("未找到本机构成功办理的原交易：omsgid[" + omsgid + "]、oinfno["
                        + oinfno + "]"));
        return switch (oinfno) {
            case "2207" -> reversing.reverse(call, settlementOf(answer), personId, Visits.REGISTERED);
            case "2304" -> reversing.reverse(call, settlementOf(answer), personId, Visits.DISCHARGED);
            case "2102" -> reversing.reverse(call, settlementOf(answer), personId, Visits.CANCELLED);
            case "2401" -> inpatient.cancelAdmission(call, visits.createdBy(call.institutionCode(), omsgid).orElseThrow()
                    .mdtrtId(), personId);
            case "2201" -> outpatient.cancel(call, visits.createdBy(call.institutionCode(), omsgid).orElseThrow()
                    .mdtrtId(), psnNo);
            case "2204" -> cancelUpload(call, personId, omsgid);
            default -> throw new FsiRefusal("原交易oinfno[" + oinfno + "]不支持冲正，可冲正的交易为2102、2201、2204、2207、2304、2401");
        };
    }

    /** The {@code setl_id} a settlement's stored answer names (its {@code setlinfo}). */
    private static String settlementOf(String answer) {
        return FsiEnvelope.JSON.readTree(answer).path("output").path("setlinfo").path("setl_id").asString();
    }

    private Object cancelUpload(FsiCall call, long personId, String omsgid) {
        fees.visitOfUpload(omsgid).ifPresent(mdtrtId -> {
            visits.lockOwned(mdtrtId, call.institutionCode(), personId, Set.of(Visits.REGISTERED));
            fees.cancelUpload(mdtrtId, omsgid);
        });
        return Map.of();
    }
}
