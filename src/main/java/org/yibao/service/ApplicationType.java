package org.yibao.service;

import java.util.Optional;

/**
 * The kinds of application the workflow carries; each has its pages and its {@link ApplicationTypeRules}. The
 * path segment names the type in URLs ({@code /api/v1/applications/chronic-disease}); the message key
 * {@code service.type.<NAME>} its Chinese name.
 */
public enum ApplicationType {
    /** 门诊慢特病申报. */
    CHRONIC_DISEASE("chronic-disease"),
    /** 跨省异地就医备案. */
    REMOTE_CARE("remote-care"),
    /** 职工医保关系转移接续: reviewed by the old region, then accepted by the receiving one. */
    TRANSFER("transfer"),
    /** 零星报销 (生育医疗费用报销 is its variant MATERNITY). */
    REIMBURSEMENT("reimbursement"),
    /** 生育津贴申报. */
    MATERNITY_ALLOWANCE("maternity-allowance");

    private final String path;

    ApplicationType(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<ApplicationType> parse(String value) {
        for (ApplicationType t : values()) {
            if (t.name().equalsIgnoreCase(value) || t.path.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
