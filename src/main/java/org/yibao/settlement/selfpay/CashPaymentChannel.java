package org.yibao.settlement.selfpay;

import org.jspecify.annotations.Nullable;

/**
 * 自费支付渠道: the payment service (微信支付, 支付宝, a bank…) that collects a {@link ChannelOrder} from the citizen
 * and refunds it: a {@link CashOrder} of 自费支付, or a resident premium (城乡居民缴费) the tax channel opens with it.
 * A channel either collects at once ({@link Started#collected}) or, as real channels do, opens a payment the citizen
 * completes in the provider's app ({@link Started#awaiting}, with the URL the page shows as a QR code); the provider
 * then tells Yibao through its signed notification, which the adapter verifies and hands to
 * {@link CashOrderNotices#paid}. Without an adapter Yibao answers 暂不可用 and takes no order as paid.
 */
public interface CashPaymentChannel {

    /** The channel's name as the order and the institution's query show it, e.g. WECHAT. At most 20 characters. */
    String name();

    /**
     * Starts paying the order (its number is the provider's merchant order number, its amount in fen, payable until
     * its {@link ChannelOrder#expiresAt()}); throws {@link Refused} when the channel declines.
     */
    Started start(ChannelOrder order, String requestKey);

    /**
     * Returns the paid amount of the order to the payer under the refund number {@code TK<order>} (the same number
     * again is the same refund), after Yibao recorded the refund it owes; says how the provider answered.
     */
    RefundResult refund(ChannelOrder order);

    /** Closes a started, unpaid payment with the provider once the order was cancelled, so it can no longer be paid. */
    default void close(ChannelOrder order) {
    }

    /**
     * How a payment started: collected at once with the channel's reference (at most 64 characters), or awaiting the
     * citizen in the provider's app at {@code paymentUrl} (at most 512 characters).
     */
    record Started(@Nullable String reference, @Nullable String paymentUrl) {

        public static Started collected(String reference) {
            return new Started(reference, null);
        }

        public static Started awaiting(String paymentUrl) {
            return new Started(null, paymentUrl);
        }
    }

    /**
     * A provider's answer to a refund: {@link Kind#DONE} (refunded, being refunded, or refunded before under the same
     * number), {@link Kind#REFUSED} (a business refusal that sending again will not change) or {@link Kind#TRANSIENT}
     * (unreachable, the provider's own trouble, a limit: sent again later). {@code message} is the provider's code
     * and text for the agency, at most 300 characters.
     */
    record RefundResult(Kind kind, String message) {

        public enum Kind { DONE, REFUSED, TRANSIENT }

        public RefundResult {
            message = message.length() > 300 ? message.substring(0, 300) : message;
        }

        public static RefundResult done(String message) {
            return new RefundResult(Kind.DONE, message);
        }

        public static RefundResult refused(String message) {
            return new RefundResult(Kind.REFUSED, message);
        }

        public static RefundResult transientFailure(String message) {
            return new RefundResult(Kind.TRANSIENT, message);
        }
    }

    /** The channel declined the payment; nothing was collected. */
    final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
