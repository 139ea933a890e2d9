/**
 * Shared kernel: value types every module uses (ID numbers by GB 11643-1999, phone numbers, money in fen,
 * masking), business errors with stable codes and Chinese messages, the clock, and the database bootstrap
 * (embedded PostgreSQL when no external one is configured). Depends on nothing else in Yibao.
 */
@NullMarked
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package org.yibao.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
