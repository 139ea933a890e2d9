package org.yibao.fhir.internal;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.yibao.catalog.PoolingRegion;
import org.yibao.common.Gender;
import org.yibao.common.Masking;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.PersonType;

/** The insured person as a Patient and each insurance relationship as a Coverage. */
public final class PersonResources {

    private static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private PersonResources() {
    }

    /**
     * The person; with {@code masked} the ID number and phone keep their first and last characters, the name its
     * family name and last character, and the birth date its year (the resource is then labelled MASKED).
     */
    public static Patient patient(InsuredPerson p, boolean masked) {
        Patient patient = new Patient();
        patient.setId(Long.toString(p.id()));
        patient.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(FhirNames.ID_NUMBER)
                .setValue(masked ? p.idNumber().masked() : p.idNumber().value())
                .setType(new CodeableConcept().setText("公民身份号码"));
        patient.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirNames.PSN_NO)
                .setValue(Long.toString(p.id())).setType(new CodeableConcept().setText("人员编号"));
        patient.setActive(true);
        HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL);
        if (masked) {
            name.setText(p.maskedName());
        } else {
            int first = p.name().offsetByCodePoints(0, Math.min(1, p.name().codePointCount(0, p.name().length())));
            name.setText(p.name()).setFamily(p.name().substring(0, first));
            if (first < p.name().length()) {
                name.addGiven(p.name().substring(first));
            }
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.MOBILE)
                    .setValue(masked ? Masking.phone(p.phone()) : p.phone());
        }
        patient.setGender(p.gender() == Gender.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        patient.setBirthDateElement(new DateType(masked ? String.valueOf(p.birthDate().getYear())
                : p.birthDate().toString()));
        if (masked) {
            patient.getMeta().addSecurity(new Coding(V3_OBSERVATION_VALUE, "MASKED", "masked"));
        }
        return patient;
    }

    /** The id of a relationship's Coverage: person, region and insurance type (one relationship each). */
    public static String coverageId(long personId, String regionCode, String insutype) {
        return personId + "-" + regionCode + "-" + insutype;
    }

    /** One insurance relationship: type (insutype), status, period, region (plan) and person type (class). */
    public static Coverage coverage(long personId, InsurancePeriod period, Map<String, PoolingRegion> regions) {
        Coverage c = new Coverage();
        c.setId(coverageId(personId, period.regionCode(), period.insutype()));
        c.setStatus(period.status() == InsuranceStatus.NORMAL ? Coverage.CoverageStatus.ACTIVE
                : Coverage.CoverageStatus.CANCELLED);
        c.setType(new CodeableConcept(CodeSystems.coding(CodeSystems.INSUTYPE, period.insutype())));
        c.setBeneficiary(new Reference("Patient/" + personId));
        c.setRelationship(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                "self", "Self")));
        Period span = new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(period.beginDate().toString()));
        if (period.pausedDate() != null) {
            span.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(period.pausedDate().toString()));
        }
        c.setPeriod(span);
        PoolingRegion region = regions.get(period.regionCode());
        c.addPayor(OrganizationResources.agencyReference(period.regionCode(), region));
        String regionName = region == null ? period.regionCode() : region.name();
        c.setNetwork(regionName);
        c.addClass_().setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/coverage-class",
                        "plan", "Plan"))).setValue(period.regionCode()).setName(regionName + "统筹区");
        c.addClass_().setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/coverage-class",
                        "class", "Class"))).setValue(period.psnType()).setName(personTypeLabel(period.psnType()));
        return c;
    }

    private static String personTypeLabel(String code) {
        for (PersonType t : PersonType.values()) {
            if (t.code().equals(code)) {
                return t.label();
            }
        }
        return code;
    }
}
