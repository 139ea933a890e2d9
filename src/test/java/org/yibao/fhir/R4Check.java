package org.yibao.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;

/**
 * Checks a resource against the FHIR R4 base definitions with HAPI: its FhirValidator against the R4 base schemas
 * (structure, cardinalities, data types and the codes of every required binding, from hapi-fhir-validation-resources-r4),
 * then the invariants of the base StructureDefinitions ({@link R4Invariants}), then every coding against its code system — HL7's from the R4 base terminology HAPI ships, Yibao's from the
 * CodeSystem resources the facade publishes — code and display. The validator is built once per JVM, on first use.
 */
final class R4Check {

    static final FhirContext CONTEXT = FhirContext.forR4();
    private static final String YIBAO = "https://yibao.org/fhir/CodeSystem/";

    private R4Check() {
    }

    private static final class Holder {
        static final FhirValidator VALIDATOR = CONTEXT.newValidator().setValidateAgainstStandardSchema(true)
                .setValidateAgainstStandardSchematron(false);
        static final DefaultProfileValidationSupport BASE = new DefaultProfileValidationSupport(CONTEXT);
        static final R4Invariants INVARIANTS = new R4Invariants(BASE);
    }

    /** Parses JSON as a strict client would: an unknown element or a malformed value fails the parse. */
    static IBaseResource parseStrictly(String json) {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(json);
    }

    static String encode(IBaseResource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    /** Every error found; none for a valid resource. */
    static List<String> errors(IBaseResource resource, Map<String, CodeSystem> yibaoSystems) {
        List<String> errors = new ArrayList<>();
        Holder.VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .forEach(m -> errors.add(m.getLocationString() + ": " + m.getMessage()));
        errors.addAll(Holder.INVARIANTS.errors((org.hl7.fhir.r4.model.Resource) resource));
        FhirTerser terser = CONTEXT.newTerser();
        for (Coding coding : terser.getAllPopulatedChildElementsOfType(resource, Coding.class)) {
            String where = resource.fhirType() + " " + coding.getSystem() + "#" + coding.getCode();
            Optional<CodeSystem> system = coding.getSystem().startsWith(YIBAO)
                    ? Optional.ofNullable(yibaoSystems.get(coding.getSystem()))
                    : Optional.ofNullable((CodeSystem) Holder.BASE.fetchCodeSystem(coding.getSystem()));
            if (system.isEmpty()) {
                if (coding.getSystem().startsWith(YIBAO) || coding.getSystem().startsWith("http://terminology.hl7.org/")) {
                    errors.add(where + ": code system not known");
                }
                continue;
            }
            Optional<CodeSystem.ConceptDefinitionComponent> concept = find(system.get().getConcept(), coding.getCode());
            if (concept.isEmpty()) {
                errors.add(where + ": code not in its code system");
            } else if (coding.hasDisplay() && !coding.getDisplay().equalsIgnoreCase(concept.get().getDisplay())) {
                errors.add(where + ": display '" + coding.getDisplay() + "' is not '" + concept.get().getDisplay() + "'");
            }
        }
        return errors;
    }

    private static Optional<CodeSystem.ConceptDefinitionComponent> find(
            List<CodeSystem.ConceptDefinitionComponent> concepts, String code) {
        for (CodeSystem.ConceptDefinitionComponent c : concepts) {
            if (code.equals(c.getCode())) {
                return Optional.of(c);
            }
            Optional<CodeSystem.ConceptDefinitionComponent> nested = find(c.getConcept(), code);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }
}
