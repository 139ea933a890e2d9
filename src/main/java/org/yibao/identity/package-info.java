/**
 * Who is using Yibao: citizen accounts (phone + password, registered with an SMS code), login with lockout,
 * sessions in PostgreSQL and API tokens, forgotten and changed passwords, real-name verification that links
 * an account to exactly one insured person, and staff users with their roles and regions.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package org.yibao.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
