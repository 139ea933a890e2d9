package org.yibao.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;

/**
 * The invariants of the R4 base definitions (the {@code constraint}s of severity error in each StructureDefinition's
 * snapshot: dom-*, bdl-*, per-1, ref-1, ele-1 …), evaluated with HAPI's FHIRPath engine on every element of a
 * resource they apply to — the resource's own element paths, and the root of each data type the resource uses.
 */
final class R4Invariants {

    private static final String BASE_URL = "http://hl7.org/fhir/StructureDefinition/";

    private final DefaultProfileValidationSupport definitions;
    private final FHIRPathEngine engine;
    private final Map<String, ExpressionNode> parsed = new ConcurrentHashMap<>();

    R4Invariants(DefaultProfileValidationSupport definitions) {
        this.definitions = definitions;
        this.engine = new FHIRPathEngine(new HapiWorkerContext(R4Check.CONTEXT, definitions));
    }

    /** The invariants the resource (and, in a Bundle, each entry's resource) breaks. */
    List<String> errors(Resource resource) {
        List<String> errors = new ArrayList<>();
        check(resource, resource, errors);
        return errors;
    }

    private void check(Resource resource, Resource root, List<String> errors) {
        String type = resource.fhirType();
        for (ElementDefinition element : definition(type).getSnapshot().getElement()) {
            List<ElementDefinition.ElementDefinitionConstraintComponent> constraints = errorsOnly(element);
            if (constraints.isEmpty()) {
                continue;
            }
            String path = element.getPath().replace("[x]", "");
            List<Base> nodes = path.equals(type) ? List.of(resource)
                    : engine.evaluate(resource, expression(path.substring(type.length() + 1)));
            for (Base node : nodes) {
                evaluate(resource, root, node, constraints, errors);
            }
        }
        for (Type value : R4Check.CONTEXT.newTerser().getAllPopulatedChildElementsOfType(resource, Type.class)) {
            StructureDefinition definition = (StructureDefinition) definitions.fetchStructureDefinition(
                    BASE_URL + value.fhirType());
            if (definition != null) {
                List<ElementDefinition.ElementDefinitionConstraintComponent> constraints =
                        errorsOnly(definition.getSnapshot().getElementFirstRep());
                evaluate(resource, root, value, constraints, errors);
            }
        }
        if (resource instanceof Bundle bundle) {
            bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .forEach(e -> check(e.getResource(), root, errors));
        }
    }

    private void evaluate(Resource resource, Resource root, Base node,
                          List<ElementDefinition.ElementDefinitionConstraintComponent> constraints, List<String> errors) {
        for (ElementDefinition.ElementDefinitionConstraintComponent c : constraints) {
            if (!engine.evaluateToBoolean(null, resource, root, node, expression(c.getExpression()))) {
                errors.add(resource.fhirType() + " " + node.fhirType() + " " + c.getKey() + ": " + c.getHuman());
            }
        }
    }

    private static List<ElementDefinition.ElementDefinitionConstraintComponent> errorsOnly(ElementDefinition element) {
        return element.getConstraint().stream()
                .filter(c -> c.getSeverity() == ConstraintSeverity.ERROR && c.hasExpression()).toList();
    }

    private StructureDefinition definition(String type) {
        return (StructureDefinition) definitions.fetchStructureDefinition(BASE_URL + type);
    }

    private ExpressionNode expression(String text) {
        return parsed.computeIfAbsent(text, engine::parse);
    }
}
