package org.yibao.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yibao.common.BusinessException;
import org.yibao.common.DatabaseOutage;
import org.yibao.common.Throttled;

/**
 * RFC 9457 problem+json for every REST refusal: a stable {@code code} for programs and a Chinese {@code detail}
 * for people; field problems under {@code errors}. Never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(0)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Messages messages;

    ApiProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> business(BusinessException e) {
        Map<String, String> texts = messages.byField(e);
        ProblemDetail problem = problem(HttpStatus.valueOf(e.problem().status()), e.code(), texts.values().iterator().next());
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field() == null ? "" : f.field(), "code", f.code(), "message", messages.text(f)))
                .toList();
        problem.setProperty("errors", errors);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
        if (e instanceof Throttled throttled) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) { // a failover of the database: try again in a few seconds
            log.warn("Database unavailable on the REST API: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.CODE,
                            messages.text("error." + DatabaseOutage.CODE)));
        }
        log.error("Unexpected error on the REST API", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", messages.text("error.INTERNAL_ERROR")));
    }

    /** Spring MVC's own refusals (unreadable body, wrong method, missing parameter…) in the same shape. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                                       HttpStatusCode status, WebRequest request) {
        String code = switch (status.value()) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406, 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        if (status.is5xxServerError()) {
            log.error("Unexpected error on the REST API", ex);
        }
        return ResponseEntity.status(status).headers(headers).body(problem(status, code, messages.text("error." + code)));
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://yibao.org/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }
}
