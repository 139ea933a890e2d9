/**
 * Settlement: the institution API in the national platform's shape, visits and fee items, the policy engine
 * (pure functions over versioned parameters), pre-settle / settle / reverse, and yearly accumulators.
 */
@NullMarked
@ApplicationModule(displayName = "Settlement",
        allowedDependencies = {"common", "catalog", "insured", "identity", "voucher", "family", "account", "service"})
package org.yibao.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
