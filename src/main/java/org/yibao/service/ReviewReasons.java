package org.yibao.service;

import java.util.List;

/** The reasons a clerk chooses from when rejecting (message key {@code service.reason.<CODE>}). */
public final class ReviewReasons {

    /** OTHER needs a free text; the others may add one. */
    public static final List<String> CODES = List.of("MATERIALS_INCOMPLETE", "MATERIALS_UNCLEAR", "CONDITIONS_NOT_MET",
            "DIAGNOSIS_NOT_SUPPORTED", "FALSE_INFORMATION", "DUPLICATE", "OTHER");

    private ReviewReasons() {
    }
}
