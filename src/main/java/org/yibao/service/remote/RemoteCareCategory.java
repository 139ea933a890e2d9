package org.yibao.service.remote;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yibao.service.RemoteCareFilings.Kind;

/**
 * Who counts as which type (医保发〔2022〕22号 第7条): long-term 异地安置退休, 异地长期居住, 常驻异地工作; temporary
 * 经医疗机构转诊转院, 个人直接申请转诊转院, 其他临时外出就医. Message key {@code remotecare.category.<NAME>}.
 */
public enum RemoteCareCategory {
    RETIRED_RESETTLED(Kind.LONG_TERM),
    LONG_TERM_RESIDENT(Kind.LONG_TERM),
    STATIONED_WORKER(Kind.LONG_TERM),
    REFERRED_BY_INSTITUTION(Kind.TEMPORARY),
    SELF_REFERRAL(Kind.TEMPORARY),
    OTHER_TEMPORARY(Kind.TEMPORARY);

    private final Kind kind;

    RemoteCareCategory(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static List<RemoteCareCategory> of(Kind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }

    public static Optional<RemoteCareCategory> parse(String text) {
        return Arrays.stream(values()).filter(c -> c.name().equals(text)).findFirst();
    }

    public static Optional<Kind> kind(String text) {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equals(text)).findFirst();
    }
}
