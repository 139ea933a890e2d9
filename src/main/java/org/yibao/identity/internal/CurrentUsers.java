package org.yibao.identity.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.CurrentStaff;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.identity.StaffPrincipal;

/** Who is asking, for modules that may not know identity's types: read from the security context. */
@Component
class CurrentUsers implements CurrentCitizen, CurrentStaff {

    private final CitizenAccounts accounts;

    CurrentUsers(CitizenAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public long accountId() {
        if (principal() instanceof CitizenPrincipal citizen) {
            return citizen.accountId();
        }
        throw new BusinessException(Problem.UNAUTHORIZED, "UNAUTHENTICATED");
    }

    /**
     * Asked several times while one request is served (page, view, access checks): read once per request. The link
     * only changes in requests that real-name verify, and those do not ask before it.
     */
    @Override
    public Optional<Long> personId() {
        long accountId = accountId();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String key = CurrentUsers.class.getName() + ".person." + accountId;
            Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
            if (cached instanceof Optional<?> known) {
                return known.map(Long.class::cast);
            }
            Optional<Long> person = lookUp(accountId);
            request.setAttribute(key, person, RequestAttributes.SCOPE_REQUEST);
            return person;
        }
        return lookUp(accountId);
    }

    private Optional<Long> lookUp(long accountId) {
        return accounts.find(accountId).map(a -> a.personId());
    }

    @Override
    public String login() {
        return staff().login();
    }

    @Override
    public Optional<String> regionCode() {
        return Optional.ofNullable(staff().regionCode());
    }

    private StaffPrincipal staff() {
        if (principal() instanceof StaffPrincipal staff) {
            return staff;
        }
        throw new BusinessException(Problem.FORBIDDEN, "FORBIDDEN");
    }

    private static Object principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getPrincipal();
    }
}
