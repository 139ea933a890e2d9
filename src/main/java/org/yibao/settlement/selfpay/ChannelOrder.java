package org.yibao.settlement.selfpay;

import java.time.OffsetDateTime;
import org.yibao.common.Money;

/**
 * What a {@link CashPaymentChannel} is asked to collect, whatever it pays for: a 自费支付 order ({@link CashOrder},
 * ZF…) or a resident premium (城乡居民缴费, PP…). {@code orderNo} is the provider's merchant order number (at most 32
 * letters and digits), {@code amount} is collected to the fen, {@code subject} is what the payer reads in the
 * provider's app (the adapter shortens it to its provider's limit), and the payment can be made until
 * {@code expiresAt}.
 */
public record ChannelOrder(String orderNo, Money amount, String subject, OffsetDateTime expiresAt) {
}
