package org.yibao.voucher;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a person's e-voucher is active, since when, and on which channels it was activated. */
public record EVoucherStatus(boolean active, @Nullable OffsetDateTime activatedAt, List<String> channels) {

    public static final EVoucherStatus NOT_ACTIVATED = new EVoucherStatus(false, null, List.of());
}
