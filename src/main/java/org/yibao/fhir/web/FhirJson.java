package org.yibao.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Writes resources as {@code application/fhir+json} with HAPI's R4 parser; one FhirContext per application. */
@Component
class FhirJson {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final FhirContext context = FhirContext.forR4();

    ResponseEntity<String> ok(IBaseResource resource) {
        return respond(200, resource);
    }

    ResponseEntity<String> respond(int status, IBaseResource resource) {
        String body = context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(body);
    }

    ResponseEntity<String> outcome(int status, OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome oo = new OperationOutcome();
        oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        ResponseEntity<String> response = respond(status, oo);
        if (status == 401) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(response.getHeaders());
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"yibao-fhir\"");
            return new ResponseEntity<>(response.getBody(), headers, 401);
        }
        return response;
    }
}
