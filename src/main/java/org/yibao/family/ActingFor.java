package org.yibao.family;

import org.springframework.stereotype.Service;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.identity.CitizenAccounts;

/**
 * The gate every proxied action passes: asks {@link PersonAccess} and leaves an audit record naming both people
 * (actor: the account, subject: the person) whenever the account acts for someone other than its own person.
 */
@Service
public class ActingFor {

    private final PersonAccess access;
    private final CitizenAccounts accounts;
    private final AuditTrail audit;

    ActingFor(PersonAccess access, CitizenAccounts accounts, AuditTrail audit) {
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Refuses with FAMILY_NOT_BOUND unless the account may do the action for the person; audits when it may. */
    public void check(long accountId, PersonAccess.Action action, long personId, AuditTrail.Channel channel) {
        if (!access.may(accountId, action, personId)) {
            throw new BusinessException(Problem.FORBIDDEN, "FAMILY_NOT_BOUND");
        }
        boolean self = accounts.find(accountId).map(a -> a.personId() != null && a.personId() == personId).orElse(false);
        if (!self) {
            audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(personId), "ACT_FOR_" + action.name(),
                    channel, null);
        }
    }
}
