package org.yibao.fhir.internal;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A refusal the facade answers as an OperationOutcome with the HTTP status and a Chinese diagnostic. */
public class FhirException extends RuntimeException {

    private final int status;
    private final IssueType issue;

    public FhirException(int status, IssueType issue, String message) {
        super(message);
        this.status = status;
        this.issue = issue;
    }

    public int status() {
        return status;
    }

    public IssueType issue() {
        return issue;
    }

    public static FhirException unauthorized(String message) {
        return new FhirException(401, IssueType.LOGIN, message);
    }

    public static FhirException forbidden(String message) {
        return new FhirException(403, IssueType.FORBIDDEN, message);
    }

    public static FhirException notFound(String message) {
        return new FhirException(404, IssueType.NOTFOUND, message);
    }

    public static FhirException invalid(String message) {
        return new FhirException(400, IssueType.INVALID, message);
    }
}
