package org.yibao.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a form or request before anything is written, then refuses them together. */
public final class InputErrors {

    private final List<BusinessException.FieldError> errors = new ArrayList<>();

    public InputErrors reject(String field, String code, Object... args) {
        if (errors.stream().noneMatch(e -> field != null && field.equals(e.field()))) {
            errors.add(new BusinessException.FieldError(field, code, args));
        }
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BusinessException(Problem.INVALID, errors);
        }
    }

    /** A required mainland mobile number; null (and an error) when missing or malformed. */
    public PhoneNumber phone(String field, String text) {
        if (text == null || text.isBlank()) {
            reject(field, "REQUIRED");
            return null;
        }
        return PhoneNumber.parse(text).orElseGet(() -> {
            reject(field, "PHONE_INVALID");
            return null;
        });
    }

    /** A required GB 11643 ID number; null (and an error) when missing, malformed or failing its check digit. */
    public IdNumber idNumber(String field, String text) {
        if (text == null || text.isBlank()) {
            reject(field, "REQUIRED");
            return null;
        }
        return IdNumber.parse(text).orElseGet(() -> {
            reject(field, text.strip().matches("\\d{17}[0-9Xx]") ? "ID_NUMBER_CHECKSUM" : "ID_NUMBER_FORMAT");
            return null;
        });
    }

    /** Required text: present after trimming and not longer than {@code max} characters. */
    public String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            reject(field, "REQUIRED");
        } else if (v.length() > max) {
            reject(field, "TOO_LONG", max);
        }
        return v;
    }
}
