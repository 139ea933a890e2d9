package org.yibao.identity;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A logged-in agency clerk or administrator, or an institution cashier; {@code regionCode} is null for
 * administrators (all regions) and cashiers, {@code institutionCode} is set for cashiers only.
 */
public record StaffPrincipal(long staffId, String login, String displayName, StaffRole role, @Nullable String regionCode,
                             @Nullable String institutionCode)
        implements AuthenticatedPrincipal, Serializable {

    /** A clerk or administrator, who works for no institution. */
    public StaffPrincipal(long staffId, String login, String displayName, StaffRole role, @Nullable String regionCode) {
        this(staffId, login, displayName, role, regionCode, null);
    }

    @Override
    public String getName() {
        return "staff:" + login;
    }

    public boolean isCashier() {
        return role == StaffRole.CASHIER;
    }

    public boolean mayWorkIn(String region) {
        return role == StaffRole.ADMIN || role == StaffRole.CLERK && region.equals(regionCode);
    }
}
