package org.yibao.service.chronic;

/** The materials of a 门诊慢特病 application (message key {@code chronic.material.<NAME>}). */
public enum MaterialKind {
    /** 诊断证明. */
    DIAGNOSIS,
    /** 病历资料. */
    MEDICAL_RECORD,
    /** 检查检验报告. */
    EXAMINATION,
    /** 其他材料. */
    OTHER;

    public static boolean known(String value) {
        for (MaterialKind k : values()) {
            if (k.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
