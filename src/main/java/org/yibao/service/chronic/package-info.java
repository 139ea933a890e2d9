/**
 * 门诊慢特病申报: the application type on the common workflow (self or for another person verified by their
 * e-voucher password, 特殊人员 assessed online, disease, assessing hospital and department, materials), the
 * qualifications approval grants, bans after false information, and the lists administrators keep.
 */
@NullMarked
package org.yibao.service.chronic;

import org.jspecify.annotations.NullMarked;
