/**
 * The citizen service hall's frame (服务大厅): the home page with its tiles, the bottom navigation, notices,
 * and help pages. Composes the other modules' read APIs
 * and owns no business data of its own.
 */
@NullMarked
@ApplicationModule(displayName = "Service hall")
package org.yibao.hall;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
