package org.yibao.account;

/**
 * Port to the bank that pays a 清退 to the person's own account. {@link #submit} answers the outcome of the
 * transfer: paid, or refused with the bank's reason. Without an adapter, orders stay 待拨付.
 */
public interface RefundGateway {

    Outcome submit(RefundOrder order);

    /** One payment order to a bank account. */
    record RefundOrder(long id, String reference, long personId, org.yibao.common.Money amount, String bankCategory,
                       String bankName, String accountNumber, String accountName) {
    }

    /** The bank's answer: paid, or failed with its reason. */
    record Outcome(boolean paid, @org.jspecify.annotations.Nullable String reason) {

        public static Outcome ok() {
            return new Outcome(true, null);
        }

        public static Outcome failed(String reason) {
            return new Outcome(false, reason);
        }
    }
}
