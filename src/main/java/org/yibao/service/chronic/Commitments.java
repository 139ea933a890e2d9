package org.yibao.service.chronic;

/** The texts an applicant accepts, recorded with their version: 温馨提示, the 特殊人员 承诺书 and the 知情同意书. */
public final class Commitments {

    public static final String WARM_TIP = "WARM_TIP";
    public static final String SPECIAL_COMMITMENT = "SPECIAL_COMMITMENT";
    public static final String CONSENT = "CONSENT";
    /** The version of the texts in the bundle ({@code chronic.tip.text}, {@code chronic.special.commitment}, {@code chronic.consent.text}). */
    public static final String VERSION = "2025-01";

    private Commitments() {
    }
}
