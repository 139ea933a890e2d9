/**
 * 医保电子凭证 (医保码): activation on channels, the payment password, and (with its own issue) the dynamic QR
 * code and its decoding for institutions. Implements identity's {@code EvoucherPasswordCheck}.
 */
@NullMarked
@ApplicationModule(displayName = "E-voucher")
package org.yibao.voucher;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
