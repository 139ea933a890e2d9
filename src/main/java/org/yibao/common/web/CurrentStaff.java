package org.yibao.common.web;

import java.util.Optional;

/**
 * The agency clerk or administrator behind the current back-office request. Declared here for the modules whose
 * review pages sit below identity; implemented by identity.
 */
public interface CurrentStaff {

    /** Login of the staff member; refuses with FORBIDDEN when the request is not a staff member's. */
    String login();

    /** The pooling region a clerk works in; empty for administrators, who work in all. */
    Optional<String> regionCode();

    /** Clerks only in their own region, administrators everywhere. */
    default boolean mayWorkIn(String region) {
        return regionCode().map(region::equals).orElse(true);
    }
}
