/** The settlement module's pages: the administrator's policy parameters. */
@NullMarked
package org.yibao.settlement.web;

import org.jspecify.annotations.NullMarked;
