package org.yibao.account;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.family.MutualAid;

/**
 * What paying a person's part reads, sent with the caller's own reads in its first round trip
 * ({@link RoundTrips.Batch}): the own balance and, when the accounts may be used, whose accounts may pay (the own,
 * then the 家庭共济 authorizer's). {@link PersonalAccounts#pay} then locks those accounts and claims the payment in one
 * more round trip, and writes with the caller's commit.
 *
 * @param payers null when the order pays in cash ({@code acct_used_flag} 0): no account is asked
 */
public record PaymentReading(RoundTrips.Answer<Optional<Money>> balance,
                             RoundTrips.@Nullable Answer<List<Long>> payers) {

    /** Adds the reads to the batch; {@code useAccount} as the order's {@link AccountPayment#useAccount}. */
    public static PaymentReading of(RoundTrips.Batch batch, PersonId person, boolean useAccount) {
        return new PaymentReading(batch.add(PersonalAccounts.balanceOf(person)),
                useAccount ? batch.add(MutualAid.payersOf(person)) : null);
    }

    /** The own balance in fen as read, zero without an account. */
    public long balanceFen() {
        return balance.get().map(Money::fen).orElse(0L);
    }

    /** Whose accounts may pay, in order; the reading must have been made for an order that uses the accounts. */
    public List<Long> payersRead() {
        if (payers == null) {
            throw new IllegalStateException("read for a payment in cash");
        }
        return payers.get();
    }
}
