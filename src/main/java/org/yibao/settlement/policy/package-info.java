/**
 * The policy engine: pure money rules over versioned parameters. {@link org.yibao.settlement.policy.PolicyEngine}
 * computes one settlement's split from plain facts; {@link org.yibao.settlement.policy.PolicyParameters} and
 * {@link org.yibao.settlement.policy.Accumulators} are the database around it that the institution API calls
 * inside its own transaction.
 */
@NullMarked
package org.yibao.settlement.policy;

import org.jspecify.annotations.NullMarked;
