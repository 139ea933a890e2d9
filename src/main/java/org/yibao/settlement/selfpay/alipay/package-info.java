/** 支付宝当面付 as the 自费支付 channel, on the official {@code alipay-sdk-java} (RSA2, public-key mode). */
@NullMarked
package org.yibao.settlement.selfpay.alipay;

import org.jspecify.annotations.NullMarked;
