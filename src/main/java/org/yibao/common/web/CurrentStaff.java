package org.yibao.common.web;

import java.util.Optional;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * The agency clerk or administrator behind the current back-office request. Declared here for the modules whose
 * review pages sit below identity; implemented by identity.
 */
public interface CurrentStaff {

    /** Login of the staff member; refuses with FORBIDDEN when the request is not a staff member's. */
    String login();

    /** The pooling region a clerk works in; empty for administrators, who work in all. */
    Optional<String> regionCode();

    /**
     * Refuses with FORBIDDEN and the page's own message {@code code} unless the request is an administrator's (a
     * clerk works in one region; administrators' pages change what every region sees).
     */
    default void requireAdministrator(String code) {
        if (regionCode().isPresent()) {
            throw new BusinessException(Problem.FORBIDDEN, code);
        }
    }

    /** Clerks only in their own region, administrators everywhere. */
    default boolean mayWorkIn(String region) {
        return regionCode().map(region::equals).orElse(true);
    }
}
