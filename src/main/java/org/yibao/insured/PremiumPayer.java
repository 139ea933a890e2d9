package org.yibao.insured;

import org.jspecify.annotations.Nullable;
import org.yibao.common.AuditTrail;

/**
 * Who pays a resident premium: the citizen's account, the insured person the account is linked to (if real-name
 * verified) and the channel the request came through, for the audit trail.
 */
public record PremiumPayer(long accountId, @Nullable Long ownPersonId, AuditTrail.Channel via) {

    boolean isOwn(long personId) {
        return ownPersonId != null && ownPersonId == personId;
    }

    String actor() {
        return "account:" + accountId;
    }
}
