package org.yibao.family;

import java.util.Locale;
import java.util.Optional;

/**
 * 绑定方式 of 亲情代办 (seed 003): 已办理身份证人员绑定 (the member's face verification) or 未办理身份证人员绑定 (a
 * personal commitment, only for members under 16).
 */
public enum ProxyRoute {
    ID_CARD, NO_ID_CARD;

    public static Optional<ProxyRoute> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
