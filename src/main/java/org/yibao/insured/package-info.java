/**
 * Insured persons (参保人), their employers (参保单位), their insurance relationships per pooling region with
 * status (正常 / 暂停 / 终止), social security cards, and later enrollment (参保登记) and contributions (缴费).
 */
@NullMarked
@ApplicationModule(displayName = "Insured persons")
package org.yibao.insured;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
