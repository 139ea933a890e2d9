package org.yibao.common;

import java.util.List;

/**
 * A refusal a person or a program can act on: a stable {@link #code()} for programs, and field errors whose
 * Chinese texts come from the message bundle ({@code error.<CODE>}). Nothing was changed when it is thrown.
 */
public class BusinessException extends RuntimeException {

    private final Problem problem;
    private final List<FieldError> errors;

    public BusinessException(Problem problem, String code, Object... args) {
        this(problem, List.of(new FieldError(null, code, args)));
    }

    public BusinessException(Problem problem, List<FieldError> errors) {
        super(errors.isEmpty() ? problem.name() : errors.get(0).code(), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a business exception needs at least one error");
        }
        this.problem = problem;
        this.errors = List.copyOf(errors);
    }

    public static BusinessException invalid(String field, String code, Object... args) {
        return new BusinessException(Problem.INVALID, List.of(new FieldError(field, code, args)));
    }

    public Problem problem() {
        return problem;
    }

    /** The stable code of the first (main) error, e.g. {@code SMS_CODE_WRONG}. */
    public String code() {
        return errors.get(0).code();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One refusal, optionally tied to a form field; its text is the message {@code error.<code>}. */
    public record FieldError(String field, String code, Object... args) {

        public String messageKey() {
            return "error." + code;
        }
    }
}
