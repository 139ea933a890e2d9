package org.yibao.common.web;

import java.util.Optional;

/**
 * The citizen behind the current request (web session or API token). Declared here so that modules below
 * identity can show a citizen their own data; implemented by identity, which owns accounts and sessions.
 */
public interface CurrentCitizen {

    /** The logged-in citizen's account; refuses with UNAUTHENTICATED when nobody is logged in as a citizen. */
    long accountId();

    /** The insured person the account is linked to by real-name verification, if any. */
    Optional<Long> personId();
}
