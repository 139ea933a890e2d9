package org.yibao.service.transfer;

import java.util.Optional;

/**
 * The three applications under 职工医保关系转移接续 (seed 000 §三); message key {@code transfer.variant.<NAME>}.
 * The 跨省 ones differ in the side the person applies from; both are reviewed by the old region, then accepted by
 * the receiving one.
 */
public enum TransferVariant {
    /** 跨省转移接续转出地申请: the person chooses the receiving region in another province. */
    CROSS_OUT,
    /** 跨省转移接续转入地申请: the person chooses the old region in another province. */
    CROSS_IN,
    /** 省内关系转移接续申请: both agencies in the same province. */
    INTRA;

    public boolean crossProvince() {
        return this != INTRA;
    }

    public static Optional<TransferVariant> parse(String value) {
        for (TransferVariant v : values()) {
            if (v.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
