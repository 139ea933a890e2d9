package org.yibao.account;

import java.util.List;
import java.util.Optional;
import org.yibao.common.Money;

/**
 * Personal accounts (个人账户) for the settlement module: balances, paying the person's part (own account, then
 * the 家庭共济 authorizer's, then cash), reversal and transfers out. Every method that moves money is idempotent
 * by its reference and safe when called concurrently from several nodes.
 */
public interface PersonalAccounts {

    /** The balance, or empty when the person has no personal account (residents). */
    Optional<Money> balance(long personId);

    /** Opens the account once; opening it again changes nothing. Answers the balance. */
    Money open(OpenAccount command);

    PaymentSplit pay(AccountPayment order);

    /** Restores exactly what the payment with this reference took from the accounts; once. */
    AccountReversal reverse(String reference);

    /** Moves the whole balance out (转移接续) once per reference; answers the amount moved. */
    Money transferOut(long personId, String reference);

    /** The person's own journal, newest first. */
    List<JournalEntry> journal(long personId, int limit);
}
