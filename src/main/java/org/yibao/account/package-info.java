/**
 * Personal accounts (个人账户) as a double-entry, append-only journal with a balance that never goes negative;
 * monthly crediting of employee accounts and transfers out.
 */
@NullMarked
@ApplicationModule(displayName = "Personal account", allowedDependencies = {"common", "insured", "family", "service"})
package org.yibao.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
