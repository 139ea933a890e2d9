/**
 * Family bindings, three of them and independent: 亲情账户 (family members on a citizen's phone), 家庭共济
 * (mutual aid from an employee's personal account) and 亲情代办 (acting for a member). Owns the one answer to
 * may this actor do this for this person?
 */
@NullMarked
@ApplicationModule(displayName = "Family")
package org.yibao.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
