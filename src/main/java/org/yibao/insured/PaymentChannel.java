package org.yibao.insured;

import java.util.Locale;
import java.util.Optional;

/**
 * How a resident premium is paid: 税务系统 (the tax bureau collects resident premiums) or 个人账户共济缴费 (a
 * relative's employee personal account, which needs the family mutual-aid binding of the family module).
 */
public enum PaymentChannel {
    TAX,
    MUTUAL_AID;

    public static Optional<PaymentChannel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
