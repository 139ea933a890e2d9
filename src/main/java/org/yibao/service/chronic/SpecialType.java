package org.yibao.service.chronic;

/** 特殊人员类型: why the person cannot be assessed on site (message key {@code chronic.specialType.<NAME>}). */
public enum SpecialType {
    /** 异地安置. */
    RELOCATED,
    /** 年老或行动不便. */
    ELDERLY_OR_IMMOBILE,
    /** 居住偏远. */
    REMOTE_RESIDENCE,
    /** 其他. */
    OTHER
}
