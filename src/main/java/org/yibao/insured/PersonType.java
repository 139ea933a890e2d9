package org.yibao.insured;

/** 人员类别 (`psn_type`) as Yibao codes it; names are shown to people. */
public enum PersonType {
    EMPLOYED("1101", "在职职工"),
    RETIRED("1201", "退休人员"),
    RESIDENT_ADULT("1501", "成年居民"),
    RESIDENT_CHILD("1502", "学生儿童"),
    RESIDENT_ELDER("1503", "老年居民");

    private final String code;
    private final String label;

    PersonType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
