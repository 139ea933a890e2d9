package org.yibao.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.yibao.settlement.MedType;
import tools.jackson.databind.JsonNode;

/**
 * Everything the facade returns for the demo people is valid FHIR R4 (HAPI's validator against the R4 base
 * definitions, and every coding in its code system), parses back with HAPI unchanged, and states the settlements'
 * amounts to the fen.
 */
class FhirValidationTests extends FhirTest {

    /** The demo people with an account (README, demo logins); 周婷 is not insured and has none of these records. */
    private static final List<String> DEMO_PHONES = List.of("13800000001", "13800000002", "13800000005",
            "13800000007", "13800000009", "13800000010", "13800000011", "13800000012");

    @Test
    void everyResourceReturnedForTheDemoPeopleValidatesAgainstTheR4BaseDefinitions() {
        Map<String, CodeSystem> systems = codeSystems();
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (String phone : DEMO_PHONES) {
            String token = login(phone, "Yibao2025");
            long person = personOf(phone);
            Set<String> references = new LinkedHashSet<>();
            List<String> paths = List.of("/Patient/" + person, "/Coverage?patient=Patient/" + person,
                    "/Claim?_count=50", "/ClaimResponse?_count=50", "/ExplanationOfBenefit?_count=50");
            for (String path : paths) {
                IBaseResource resource = read(path, token);
                errors.addAll(R4Check.errors(resource, systems).stream().map(e -> phone + " " + path + " " + e).toList());
                checked++;
                references.addAll(references(resource));
            }
            for (String reference : references) {
                IBaseResource resource = read("/" + reference, token);
                errors.addAll(R4Check.errors(resource, systems).stream().map(e -> phone + " " + reference + " " + e).toList());
                checked++;
            }
        }
        assertThat(errors).isEmpty();
        assertThat(checked).isGreaterThan(DEMO_PHONES.size() * 5);
    }

    @Test
    void parsesAnExplanationOfBenefitBackWithHapiUnchanged() {
        String token = login("13800000001", "Yibao2025");
        String setl = newestSettlement(personOf("13800000001"));
        Fhir eob = fhir("/ExplanationOfBenefit/" + setl, token);
        ExplanationOfBenefit parsed = (ExplanationOfBenefit) R4Check.parseStrictly(eob.body());
        JsonNode again = JSON.readTree(R4Check.encode(parsed));
        assertThat(again).isEqualTo(eob.json());
        assertThat(parsed.getProcessNote()).isNotEmpty();
        assertThat(parsed.getProcessNoteFirstRep().getText()).startsWith("本次医疗费用共");
        assertThat(parsed.getItem()).allSatisfy(i -> assertThat(i.getCategory().getCodingFirstRep().getDisplay())
                .isIn("甲类", "乙类", "丙类"));
    }

    @Test
    void statesEveryAmountOfEachSettlementToTheFen() {
        int compared = 0;
        long expected = 0;
        for (String phone : DEMO_PHONES) {
            expected += jdbc.sql("select count(*) from settlement_settlement where person_id = ?")
                    .param(personOf(phone)).query(Long.class).single();
            Bundle bundle = (Bundle) read("/ExplanationOfBenefit?_count=50", login(phone, "Yibao2025"));
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                ExplanationOfBenefit eob = (ExplanationOfBenefit) entry.getResource();
                String setl = eob.getIdElement().getIdPart();
                Map<String, Object> row = jdbc.sql("""
                        select medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt, inscp_scp_amt,
                               act_pay_dedc, pool_prop_selfpay, fund_pay_sumamt, psn_part_amt, acct_pay,
                               acct_mulaid_pay, psn_cash_pay from settlement_settlement where setl_id = ?""")
                        .param(setl).query().singleRow();
                Map<String, Long> totals = new HashMap<>();
                eob.getTotal().forEach(t -> totals.put(t.getCategory().getCoding().stream()
                        .filter(c -> c.getSystem().endsWith("/settlement-amount")).findFirst().orElseThrow().getCode(),
                        fen(t.getAmount().getValue())));
                row.forEach((field, value) -> assertThat(totals.get(field)).as(setl + " " + field)
                        .isEqualTo(((Number) value).longValue()));
                assertThat(fen(eob.getPayment().getAmount().getValue())).isEqualTo(totals.get("fund_pay_sumamt"));

                Map<String, Long> funds = new HashMap<>();
                jdbc.sql("select fund_pay_type, fund_payamt_fen from settlement_detail where setl_id = ?").param(setl)
                        .query((rs, n) -> funds.put(rs.getString(1), rs.getLong(2))).list();
                Map<String, Long> balances = new HashMap<>();
                eob.getBenefitBalance().forEach(b -> balances.put(b.getCategory().getCodingFirstRep().getCode(),
                        fen(b.getFinancialFirstRep().getUsedMoney().getValue())));
                assertThat(balances).as(setl).isEqualTo(funds);
                assertThat(balances.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(totals.get("fund_pay_sumamt"));
                compared++;
            }
        }
        assertThat(compared).isPositive().isEqualTo(expected);
    }

    @Test
    void publishesTheNationalDictionariesAsCodeSystemsUnderTheYibaoNamespace() {
        Map<String, CodeSystem> systems = codeSystems();
        assertThat(systems).containsKeys("https://yibao.org/fhir/CodeSystem/insutype",
                "https://yibao.org/fhir/CodeSystem/med-type", "https://yibao.org/fhir/CodeSystem/fund-pay-type",
                "https://yibao.org/fhir/CodeSystem/psn-type");
        assertThat(codes(systems, "med-type")).containsExactlyElementsOf(MedType.codes());
        assertThat(codes(systems, "fund-pay-type")).containsAll(jdbc.sql("select distinct fund_pay_type from settlement_detail")
                .query(String.class).list());
        assertThat(codes(systems, "psn-type")).containsAll(jdbc.sql("select distinct psn_type from insured_period")
                .query(String.class).list());
        assertThat(codes(systems, "insutype")).containsAll(jdbc.sql("select distinct insutype from insured_period")
                .query(String.class).list());
        Fhir one = fhir("/CodeSystem/insutype", null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("职工基本医疗保险");
        assertThat(fhir("/CodeSystem?url=https://yibao.org/fhir/CodeSystem/psn-type", null).json().get("entry")).hasSize(1);
        assertThat(fhir("/CodeSystem/nope", null).status()).isEqualTo(404);
    }

    @Test
    void theCheckFindsAMissingRequiredElementACodeOutsideItsCodeSystemAndABrokenInvariant() {
        Map<String, CodeSystem> systems = codeSystems();
        ExplanationOfBenefit eob = (ExplanationOfBenefit) read("/ExplanationOfBenefit/"
                + newestSettlement(personOf("13800000001")), login("13800000001", "Yibao2025"));
        assertThat(R4Check.errors(eob, systems)).isEmpty();
        eob.setPatient(null);
        assertThat(R4Check.errors(eob, systems)).as("patient is 1..1").isNotEmpty();
        eob.setPatient(new Reference("Patient/1"));
        eob.getSubType().getCodingFirstRep().setCode("99");
        assertThat(R4Check.errors(eob, systems)).as("med_type 99").anyMatch(e -> e.contains("med-type#99"));
        eob.getSubType().getCodingFirstRep().setCode("21");
        eob.getBillablePeriod().setStartElement(new DateTimeType("2025-02-01")).setEndElement(new DateTimeType("2025-01-01"));
        assertThat(R4Check.errors(eob, systems)).as("a period that ends before it starts").anyMatch(e -> e.contains("per-1"));
    }

    private List<String> codes(Map<String, CodeSystem> systems, String id) {
        return systems.get("https://yibao.org/fhir/CodeSystem/" + id).getConcept().stream()
                .map(CodeSystem.ConceptDefinitionComponent::getCode).toList();
    }

    /** The published code systems by URL, each itself checked against the R4 base definitions. */
    private Map<String, CodeSystem> codeSystems() {
        Bundle bundle = (Bundle) read("/CodeSystem", null);
        Map<String, CodeSystem> out = new HashMap<>();
        bundle.getEntry().forEach(e -> out.put(((CodeSystem) e.getResource()).getUrl(), (CodeSystem) e.getResource()));
        assertThat(R4Check.errors(bundle, out)).isEmpty();
        return out;
    }

    /** Reads and parses strictly; a non-200 answer fails the test with the OperationOutcome. */
    private IBaseResource read(String path, String token) {
        Fhir r = fhir(path, token);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/fhir+json");
        return R4Check.parseStrictly(r.body());
    }

    /** Relative references to resources the facade serves (Patient, Coverage, Organization, Claim, ClaimResponse). */
    private static Set<String> references(IBaseResource resource) {
        Set<String> out = new LinkedHashSet<>();
        for (Reference ref : R4Check.CONTEXT.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            if (ref.hasReference()) {
                out.add(ref.getReference());
            }
        }
        if (resource instanceof Bundle b) {
            b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).map(Resource::getIdElement)
                    .forEach(id -> out.add(id.getResourceType() + "/" + id.getIdPart()));
        }
        return out;
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}
