package org.yibao.settlement;

import java.util.Arrays;
import java.util.Optional;

/** 基金支付类型 ({@code fund_pay_type}) of the settlement lines Yibao writes: the national codes and their names. */
public enum FundPayType {
    EMPLOYEE_POOL("310100", "职工基本医疗保险统筹基金"),
    EMPLOYEE_ACCOUNT("310200", "职工基本医疗保险个人账户"),
    CIVIL_SERVANT("320100", "公务员医疗补助"),
    EMPLOYEE_LARGE("330100", "职工大额医疗费用补助"),
    RESIDENT_POOL("390100", "城乡居民基本医疗保险基金"),
    RESIDENT_CRITICAL("390200", "城乡居民大病保险"),
    MATERNITY("510100", "生育保险基金"),
    MEDICAL_ASSISTANCE("610100", "医疗救助基金");

    private final String code;
    private final String label;

    FundPayType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FundPayType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
