/**
 * The institution API (定点医药机构接口, API.md §1): {@code POST /fsi/api/rsfComIfsService/callService} with the
 * national envelope. Every call is authenticated by its {@code x-tif-*} headers, answered once per {@code msgid}
 * (a repeated message gets the stored answer), and dispatched by {@code infno} to one small handler per
 * transaction group. Money moves only in 2207 / 2304 / 2102 and their reversals, inside one database transaction
 * with the policy engine, the accumulators and the personal-account ledger.
 */
@NullMarked
package org.yibao.settlement.institution;

import org.jspecify.annotations.NullMarked;
