package org.yibao.settlement.selfpay;

/**
 * 自费支付渠道: the payment service (bank, 微信支付, 支付宝…) that collects a {@link CashOrder} from the citizen and
 * refunds it. Without an adapter Yibao answers 暂不可用 and takes no order as paid.
 */
public interface CashPaymentChannel {

    /** The channel's name as the order and the institution's query show it, e.g. DEMO. At most 20 characters. */
    String name();

    /**
     * Collects the order's amount once per {@code requestKey}; answers the channel's reference of the payment (at
     * most 64 characters), or throws {@link Refused} when the channel declines.
     */
    String collect(CashOrder order, String requestKey);

    /** Returns the paid amount of the order to the payer, after Yibao recorded the refund. */
    void refund(CashOrder order);

    /** The channel declined the payment; nothing was collected. */
    final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
