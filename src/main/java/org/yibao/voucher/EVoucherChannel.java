package org.yibao.voucher;

import java.util.Arrays;
import java.util.Optional;

/**
 * The channels an e-voucher is activated and shown on (004 §02 激活渠道). {@link #code()} is what a QR code
 * carries, so codes must never be renumbered.
 */
public enum EVoucherChannel {
    NHSA_APP(1), WECHAT(2), ALIPAY(3), BANK(4),
    /** Activated for a family member by the holder of a 亲情账户 (seed 004 §03); the member sets a password later. */
    FAMILY_ACCOUNT(5);

    private final int code;

    EVoucherChannel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<EVoucherChannel> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    public static Optional<EVoucherChannel> ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
