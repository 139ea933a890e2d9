package org.yibao.identity;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The logged-in citizen: only the account id travels in the session; everything else is read fresh. */
public record CitizenPrincipal(long accountId) implements AuthenticatedPrincipal, Serializable {

    public static final String PREFIX = "citizen:";

    /** The name sessions are indexed by, so that "log out everywhere" can find them all. */
    @Override
    public String getName() {
        return PREFIX + accountId;
    }
}
