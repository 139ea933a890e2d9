package org.yibao.identity;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/** A logged-in agency clerk or administrator; {@code regionCode} is null for administrators (all regions). */
public record StaffPrincipal(long staffId, String login, String displayName, StaffRole role, @Nullable String regionCode)
        implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return "staff:" + login;
    }

    public boolean mayWorkIn(String region) {
        return role == StaffRole.ADMIN || region.equals(regionCode);
    }
}
