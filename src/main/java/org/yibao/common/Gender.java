package org.yibao.common;

/** 性别, coded as in the national interface (`gend`: 1 男, 2 女). */
public enum Gender {
    MALE("1"), FEMALE("2");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Gender ofCode(String code) {
        return "2".equals(code) ? FEMALE : MALE;
    }
}
