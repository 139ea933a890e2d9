package org.yibao.family;

import java.time.OffsetDateTime;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;

/** A 家庭共济 binding: the authorizer's personal account may pay for the beneficiary. */
public record MutualAidBinding(long id, long authorizerPersonId, String authorizerName, long beneficiaryPersonId,
                               String beneficiaryName, IdNumber beneficiaryIdNumber, Relationship relationship,
                               String commitment, OffsetDateTime boundAt) {

    public String maskedBeneficiaryName() {
        return Masking.name(beneficiaryName);
    }

    public String maskedAuthorizerName() {
        return Masking.name(authorizerName);
    }

    @Override
    public String toString() {
        return "MutualAidBinding[" + id + "]";
    }
}
