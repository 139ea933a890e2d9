/**
 * 自费支付 after the scan (医保与自费解耦): the cash part of a settlement as an order the citizen pays in the app
 * through a {@link org.yibao.settlement.selfpay.CashPaymentChannel}; the institution reads its state.
 */
@NullMarked
package org.yibao.settlement.selfpay;

import org.jspecify.annotations.NullMarked;
