package org.yibao.service.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What the person chose: the application and the two regions, by the code of their agency (转出地经办机构 and
 * 转入地经办机构, one per pooling region); and, when the receiving region does not accept account funds, the
 * person's own bank account for the 清退 (银行大类, 开户行, 账号, 户名).
 */
public record TransferForm(@Nullable String variant, @Nullable String fromRegion, @Nullable String toRegion,
                           @Nullable String bankCategory, @Nullable String bankName, @Nullable String bankAccount,
                           @Nullable String bankAccountName) {

    public TransferForm(@Nullable String variant, @Nullable String fromRegion, @Nullable String toRegion) {
        this(variant, fromRegion, toRegion, null, null, null, null);
    }
}
