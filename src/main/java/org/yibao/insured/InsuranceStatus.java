package org.yibao.insured;

/** 参保状态 as the national `psn_insu_stas` dictionary codes it. */
public enum InsuranceStatus {
    NORMAL("1"), SUSPENDED("2"), TERMINATED("4");

    private final String code;

    InsuranceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static InsuranceStatus ofCode(String code) {
        for (InsuranceStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown psn_insu_stas " + code);
    }
}
