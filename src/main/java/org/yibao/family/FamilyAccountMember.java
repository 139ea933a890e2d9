package org.yibao.family;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;

/** A 亲情账户 member: a family member whose e-voucher and yearly costs the owner's account may show. */
public record FamilyAccountMember(long id, long ownerAccount, long personId, String name, IdNumber idNumber,
                                  Relationship relationship, BindingStatus status, boolean faceVerified,
                                  @Nullable OffsetDateTime boundAt) {

    public String maskedName() {
        return Masking.name(name);
    }

    @Override
    public String toString() {
        return "FamilyAccountMember[" + id + "]";
    }
}
