package org.yibao.service.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What the person chose: the application and the two regions, by the code of their agency (转出地经办机构 and
 * 转入地经办机构, one per pooling region).
 */
public record TransferForm(@Nullable String variant, @Nullable String fromRegion, @Nullable String toRegion) {
}
