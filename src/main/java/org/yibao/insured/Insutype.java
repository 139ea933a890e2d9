package org.yibao.insured;

import java.util.Arrays;
import java.util.Optional;

/** 险种类型 ({@code insutype}) of the insurance relationships Yibao keeps: the national codes and their names. */
public enum Insutype {
    EMPLOYEE("310", "职工基本医疗保险"),
    RESIDENT("390", "城乡居民基本医疗保险");

    private final String code;
    private final String label;

    Insutype(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Insutype> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
