package org.yibao.fhir.internal;

import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/** Money in CNY, adjudication categories and Beijing times as HAPI's R4 types. */
final class Amounts {

    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    private static final TimeZone BEIJING = TimeZone.getTimeZone("Asia/Shanghai");

    private Amounts() {
    }

    /** Yuan with two decimals, exactly the fen Yibao stores. */
    static org.hl7.fhir.r4.model.Money money(Money amount) {
        return new org.hl7.fhir.r4.model.Money().setValue(amount.yuan()).setCurrency(FhirNames.CURRENCY);
    }

    /**
     * A category named by the national field ({@code settlement-amount}) and, where HL7's adjudication codes have the
     * same meaning, by that code too.
     */
    static CodeableConcept category(String field, @Nullable String hl7Code) {
        CodeableConcept c = new CodeableConcept();
        if (hl7Code != null) {
            c.addCoding(new Coding(ADJUDICATION, hl7Code, hl7Display(hl7Code)));
        }
        c.addCoding(CodeSystems.coding(CodeSystems.SETTLEMENT_AMOUNT, field));
        return c;
    }

    private static String hl7Display(String code) {
        return switch (code) {
            case "submitted" -> "Submitted Amount";
            case "eligible" -> "Eligible Amount";
            case "deductible" -> "Deductible";
            case "benefit" -> "Benefit Amount";
            case "copay" -> "CoPay";
            default -> code;
        };
    }

    static DateTimeType time(java.time.OffsetDateTime at) {
        return new DateTimeType(Date.from(at.toInstant()), TemporalPrecisionEnum.SECOND, BEIJING);
    }
}
