package org.yibao.voucher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The channels an e-voucher is activated and shown on (004 §02 激活渠道). {@link #code()} is what a QR code
 * carries, so codes must never be renumbered.
 */
public enum EVoucherChannel {
    NHSA_APP(1), WECHAT(2), ALIPAY(3),
    /** A bank's app, bank not named (activations before the banks were listed by name). */
    BANK(4),
    /** Activated for a family member by the holder of a 亲情账户 (seed 004 §03); the member sets a password later. */
    FAMILY_ACCOUNT(5),
    BEIJING_TONG(6), UNIONPAY_QUICKPASS(7),
    BANK_HXB(8), BANK_BOB(9), BANK_ICBC(10), BANK_ABC(11), BANK_BOC(12), BANK_CCB(13), BANK_CITIC(14), BANK_BOCOM(15),
    BANK_PSBC(16), BANK_CEB(17), BANK_CMB(18), BANK_SPDB(19), BANK_CMBC(20), BANK_PINGAN(21), BANK_CIB(22),
    BANK_CGB(23), BANK_CBHB(24), BANK_CZB(25), BANK_HFB(26), BANK_BJRCB(27);

    private final int code;

    EVoucherChannel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The channels a citizen chooses to activate on (004 §02 激活渠道): all but the generic BANK and 亲情账户. */
    public static List<EVoucherChannel> activatable() {
        return Arrays.stream(values()).filter(c -> c != BANK && c != FAMILY_ACCOUNT).toList();
    }

    public static Optional<EVoucherChannel> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    public static Optional<EVoucherChannel> ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
