package org.yibao.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.NoteType;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.yibao.catalog.ItemClass;
import org.yibao.catalog.PoolingRegion;
import org.yibao.settlement.Consumption;
import org.yibao.settlement.ConsumptionDetail;
import org.yibao.settlement.MedType;

/**
 * A settlement as Claim (the visit's fee items as the institution submitted them), ClaimResponse (their
 * adjudication) and ExplanationOfBenefit (both, with each fund's payment and the plain-Chinese explanation). All
 * three carry the settlement's {@code setl_id} as their id.
 */
public final class SettlementResources {

    private SettlementResources() {
    }

    public static Claim claim(ConsumptionDetail d, @Nullable PoolingRegion region) {
        Consumption c = d.consumption();
        Claim claim = new Claim();
        claim.setId(c.setlId());
        claim.addIdentifier().setSystem(FhirNames.SETL_ID).setValue(c.setlId());
        claim.setStatus(c.reversed() ? Claim.ClaimStatus.CANCELLED : Claim.ClaimStatus.ACTIVE);
        claim.setType(type(c)).setSubType(subType(c)).setUse(Claim.Use.CLAIM);
        claim.setPatient(patient(c)).setCreatedElement(Amounts.time(c.setlTime()));
        claim.setProvider(provider(c)).setInsurer(OrganizationResources.agencyReference(c.regionCode(), region));
        claim.setPriority(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/processpriority",
                "normal", "Normal")));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(coverage(c));
        int n = 1;
        for (ConsumptionDetail.Item item : d.items()) {
            claim.addItem().setSequence(n++).setCategory(itemClass(item)).setProductOrService(product(item))
                    .setNet(Amounts.money(item.total()));
        }
        claim.setTotal(Amounts.money(c.total()));
        return claim;
    }

    public static ClaimResponse claimResponse(ConsumptionDetail d, @Nullable PoolingRegion region, List<String> notes) {
        Consumption c = d.consumption();
        ClaimResponse r = new ClaimResponse();
        r.setId(c.setlId());
        r.addIdentifier().setSystem(FhirNames.SETL_ID).setValue(c.setlId());
        r.setStatus(c.reversed() ? ClaimResponse.ClaimResponseStatus.CANCELLED : ClaimResponse.ClaimResponseStatus.ACTIVE);
        r.setType(type(c)).setSubType(subType(c)).setUse(ClaimResponse.Use.CLAIM);
        r.setPatient(patient(c)).setCreatedElement(Amounts.time(c.setlTime()));
        r.setInsurer(OrganizationResources.agencyReference(c.regionCode(), region)).setRequestor(provider(c));
        r.setRequest(new Reference("Claim/" + c.setlId()));
        r.setOutcome(ClaimResponse.RemittanceOutcome.COMPLETE).setDisposition(disposition(c));
        int n = 1;
        for (ConsumptionDetail.Item item : d.items()) {
            var line = r.addItem().setItemSequence(n++);
            Adjudications.ofItem(item).forEach(a -> line.addAdjudication()
                    .setCategory(a.category()).setAmount(a.amount()));
        }
        Adjudications.totals(d).forEach(t -> r.addTotal().setCategory(t.category()).setAmount(t.amount()));
        r.getPayment().setType(paymentType()).setAmount(Amounts.money(c.fund()));
        int k = 1;
        for (String note : notes) {
            r.addProcessNote().setNumber(k++).setType(NoteType.DISPLAY).setText(note);
        }
        return r;
    }

    public static ExplanationOfBenefit eob(ConsumptionDetail d, @Nullable PoolingRegion region, List<String> notes) {
        Consumption c = d.consumption();
        ExplanationOfBenefit e = new ExplanationOfBenefit();
        e.setId(c.setlId());
        e.addIdentifier().setSystem(FhirNames.SETL_ID).setValue(c.setlId());
        e.setStatus(c.reversed() ? ExplanationOfBenefit.ExplanationOfBenefitStatus.CANCELLED
                : ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        e.setType(type(c)).setSubType(subType(c)).setUse(ExplanationOfBenefit.Use.CLAIM);
        e.setPatient(patient(c)).setCreatedElement(Amounts.time(c.setlTime()));
        e.setInsurer(OrganizationResources.agencyReference(c.regionCode(), region)).setProvider(provider(c));
        e.setClaim(new Reference("Claim/" + c.setlId())).setClaimResponse(new Reference("ClaimResponse/" + c.setlId()));
        e.setOutcome(ExplanationOfBenefit.RemittanceOutcome.COMPLETE).setDisposition(disposition(c));
        e.addInsurance().setFocal(true).setCoverage(coverage(c));
        int n = 1;
        for (ConsumptionDetail.Item item : d.items()) {
            var line = e.addItem().setSequence(n++).setCategory(itemClass(item)).setProductOrService(product(item))
                    .setNet(Amounts.money(item.total()));
            Adjudications.ofItem(item).forEach(a -> line.addAdjudication()
                    .setCategory(a.category()).setAmount(a.amount()));
        }
        Adjudications.totals(d).forEach(t -> e.addTotal().setCategory(t.category()).setAmount(t.amount()));
        e.getPayment().setType(paymentType()).setAmount(Amounts.money(c.fund()));
        int k = 1;
        for (String note : notes) {
            e.addProcessNote().setNumber(k++).setType(NoteType.DISPLAY).setText(note);
        }
        for (ConsumptionDetail.FundLine fund : d.funds()) {
            var balance = e.addBenefitBalance()
                    .setCategory(new CodeableConcept(CodeSystems.coding(CodeSystems.FUND_PAY_TYPE, fund.fundPayType())));
            balance.setName(balance.getCategory().getCodingFirstRep().getDisplay());
            balance.addFinancial().setType(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/benefit-type", "benefit", "Benefit")))
                    .setUsed(Amounts.money(fund.amount()));
        }
        return e;
    }

    private static CodeableConcept type(Consumption c) {
        MedType medType = MedType.ofCode(c.medType()).orElse(MedType.OUTPATIENT);
        String code = medType == MedType.PHARMACY ? "pharmacy" : medType.inpatient() ? "institutional" : "professional";
        String display = switch (code) {
            case "pharmacy" -> "Pharmacy";
            case "institutional" -> "Institutional";
            default -> "Professional";
        };
        return new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/claim-type", code, display));
    }

    private static CodeableConcept subType(Consumption c) {
        return new CodeableConcept(CodeSystems.coding(CodeSystems.MED_TYPE, c.medType()));
    }

    private static Reference patient(Consumption c) {
        return new Reference("Patient/" + c.personId());
    }

    private static Reference provider(Consumption c) {
        return OrganizationResources.institutionReference(c.institutionCode(), c.institutionName());
    }

    private static Reference coverage(Consumption c) {
        return new Reference("Coverage/" + PersonResources.coverageId(c.personId(), c.regionCode(), c.insutype()));
    }

    private static String disposition(Consumption c) {
        return c.reversed() ? "已撤销结算" : "已结算";
    }

    private static CodeableConcept paymentType() {
        return new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/ex-paymenttype", "complete",
                "Complete"));
    }

    private static CodeableConcept itemClass(ConsumptionDetail.Item item) {
        for (ItemClass cls : ItemClass.values()) {
            if (cls.name().equals(item.itemClass())) {
                return new CodeableConcept(CodeSystems.coding(CodeSystems.ITEM_CLASS, cls.chrgitmLv()));
            }
        }
        return new CodeableConcept().setText(item.itemClass());
    }

    private static CodeableConcept product(ConsumptionDetail.Item item) {
        return new CodeableConcept(new Coding(FhirNames.MED_LIST, item.code(), item.name())).setText(item.name());
    }
}
