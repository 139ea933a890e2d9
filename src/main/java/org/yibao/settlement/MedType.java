package org.yibao.settlement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 医疗类别 ({@code med_type}) as Yibao settles them: the national codes and their names. */
public enum MedType {
    OUTPATIENT("11", "普通门诊"),
    CHRONIC_OUTPATIENT("14", "门诊慢特病"),
    INPATIENT("21", "普通住院"),
    PHARMACY("41", "定点药店购药"),
    MATERNITY_OUTPATIENT("51", "生育门诊"),
    MATERNITY_INPATIENT("52", "生育住院");

    private final String code;
    private final String label;

    MedType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A stay in hospital (住院), as opposed to an outpatient visit or a pharmacy purchase. */
    public boolean inpatient() {
        return this == INPATIENT || this == MATERNITY_INPATIENT;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(MedType::code).toList();
    }

    public static Optional<MedType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
