package org.yibao.account;

import java.util.List;
import java.util.Optional;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;

/**
 * Personal accounts (个人账户) for the settlement module: balances, paying the person's part (own account, then
 * the 家庭共济 authorizer's, then cash), reversal and transfers out. Every method that moves money is idempotent
 * by its reference and safe when called concurrently from several nodes.
 */
public interface PersonalAccounts {

    /**
     * The balance, or empty when the person has no personal account (residents): {@link #balanceOf} sent now, after
     * the writes the transaction deferred.
     */
    Optional<Money> balance(PersonId person);

    /** The balance, or empty without a personal account, as a statement to send with others ({@link RoundTrips}). */
    static RoundTrips.Sql<Optional<Money>> balanceOf(PersonId person) {
        return RoundTrips.Sql.query("select balance_fen from account_personal where person_id = ?",
                rs -> rs.next() ? Optional.of(Money.ofFen(rs.getLong(1))) : Optional.empty(), person.value());
    }

    /** Opens the account once; opening it again changes nothing. Answers the balance. */
    Money open(OpenAccount command);

    /**
     * Pays the person's part: own account, then the 家庭共济 authorizer's, then cash ({@link SplitRule#split}), the order's
     * {@link AccountPayment#barred} part (公共卫生、体育健身、养生保健 items) always in cash; once per
     * reference. {@code read} is what the caller sent with its own reads ({@link PaymentReading#of}). A payment no
     * account may make (all cash) moves nothing and leaves no movement: it is answered at once with the balance read,
     * and there is nothing of it to {@link #reverse}; the caller keeps the split with what was paid for.
     */
    PaymentSplit pay(AccountPayment order, PaymentReading read);

    /** {@link #pay(AccountPayment, PaymentReading)} with its reading sent on its own first. */
    PaymentSplit pay(AccountPayment order);

    /** Restores exactly what the payment with this reference took from the accounts; once. */
    AccountReversal reverse(String reference);

    /** Moves the whole balance out (转移接续) once per reference; answers the amount moved. */
    Money transferOut(long personId, String reference);

    /** The person's own journal, newest first. */
    List<JournalEntry> journal(long personId, int limit);
}
