package org.yibao.settlement.institution;

import java.util.Set;

/**
 * One group of national transactions (e.g. 2206/2207/2208). The registry maps each {@code infno} to its group;
 * a handler answers the {@code output} object or throws {@link FsiRefusal}, and never commits on its own.
 */
interface FsiTransaction {

    Set<String> infnos();

    Object handle(FsiCall call);
}
