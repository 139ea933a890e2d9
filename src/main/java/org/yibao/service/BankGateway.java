package org.yibao.service;

import org.yibao.common.Money;

/**
 * Port to the bank that pays reimbursements and allowances (拨付). The adapter answers once the bank has
 * accepted or refused the transfer; the order reference makes a repeated transfer of one order harmless.
 */
public interface BankGateway {

    /** One transfer: the order reference, the account and the amount. */
    record Transfer(String reference, String bankCategory, String bankName, String accountNumber, String accountName,
                    Money amount) {
    }

    /** The bank's answer: paid (with its own reference) or refused with a reason the clerk can read. */
    record Outcome(boolean paid, String detail) {

        public static Outcome paid(String bankReference) {
            return new Outcome(true, bankReference);
        }

        public static Outcome refused(String reason) {
            return new Outcome(false, reason);
        }
    }

    Outcome transfer(Transfer transfer);
}
