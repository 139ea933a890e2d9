package org.yibao.account.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountReversal;
import org.yibao.account.PaymentReading;
import org.yibao.account.PaymentSplit;
import org.yibao.account.SplitRule;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;

/**
 * Pays the person's part from the accounts and reverses such payments. The reference is claimed first, so a
 * repeated or concurrent request waits for the first one and answers its stored split; the balance rows are
 * locked in the same round trip, and the CHECK on the balance is the last line of defence against overdrawing.
 */
@Component
class PaymentDesk {

    private static final String PAYMENT = "PAYMENT";

    private final Postings postings;
    private final RoundTrips roundTrips;
    private final AuditTrail audit;

    PaymentDesk(Postings postings, RoundTrips roundTrips, AuditTrail audit) {
        this.postings = postings;
        this.roundTrips = roundTrips;
        this.audit = audit;
    }

    /**
     * Pays the person's part with what the caller read ({@link PaymentReading}): claims the reference and locks the
     * payers' accounts in one round trip, splits by {@link SplitRule#split} and writes with the caller's commit. A
     * payment no account may make moves nothing: it is answered as all cash with the balance read, and leaves no
     * movement (the caller records the split with what it paid for).
     */
    @Transactional
    PaymentSplit pay(AccountPayment order, PaymentReading read) {
        long amount = order.amount().fen();
        if (cashOnly(order)) {
            return new PaymentSplit(order.reference(), Money.ZERO, Money.ZERO, order.amount(),
                    Money.ofFen(read.balanceFen()), null);
        }
        List<Long> payers = read.payersRead();
        RoundTrips.Batch batch = new RoundTrips.Batch();
        var claimed = batch.add(postings.claiming(PAYMENT, order.reference(), order.person().value(),
                order.purpose().name(), amount));
        var locks = batch.add(Postings.locking(payers));
        roundTrips.run(batch);
        if (claimed.get().isEmpty()) {
            return repeated(order);
        }
        long movement = claimed.get().get();
        Map<Long, Postings.Locked> locked = locks.get();
        Postings.Locked own = locked.get(order.person().value());
        if (own != null && own.frozen()) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_FROZEN_FOR_TRANSFER");
        }
        Long authorizer = payers.size() > 1 ? payers.get(1) : null;
        SplitRule.Split split = SplitRule.split(amount, order.barred().fen(), usable(own), authorizer == null ? null
                : usable(locked.get(authorizer)));
        long ownAfter = (own == null ? 0 : own.balance()) - split.own();
        if (split.own() > 0) {
            postings.post(movement, order.person().value(), Reason.PAYMENT, order.reference(), -split.own());
        }
        Long paidBy = split.mutualAid() > 0 ? authorizer : null;
        if (paidBy != null) {
            postings.post(movement, paidBy, Reason.MUTUAL_AID, order.reference(), -split.mutualAid());
        }
        postings.answer(movement, amount, split.own(), split.mutualAid(), split.cash(), paidBy, ownAfter);
        audit.record("settlement", person(order.person().value()), "ACCOUNT_PAID", AuditTrail.Channel.INSTITUTION,
                "reference:%s acct:%d mulaid:%d cash:%d".formatted(order.reference(), split.own(), split.mutualAid(),
                        split.cash()));
        return new PaymentSplit(order.reference(), Money.ofFen(split.own()), Money.ofFen(split.mutualAid()),
                Money.ofFen(split.cash()), Money.ofFen(ownAfter), paidBy);
    }

    /** The balance an account may pay from: none without an account or while it is frozen for a 转移接续. */
    private static @Nullable Long usable(Postings.@Nullable Locked account) {
        return account == null || account.frozen() ? null : account.balance();
    }

    private static boolean cashOnly(AccountPayment order) {
        return !(order.useAccount() && order.purpose().accountUsable() && order.amount().fen() > 0);
    }

    @Transactional
    AccountReversal reverse(String reference) {
        Postings.Movement payment = postings.movement(PAYMENT, reference)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ACCOUNT_PAYMENT_NOT_FOUND"));
        var claimed = postings.claim("REVERSAL", reference, payment.personId(), null, payment.acct() + payment.mulaid());
        AccountReversal answer = new AccountReversal(reference, Money.ofFen(payment.acct()),
                Money.ofFen(payment.mulaid()));
        if (claimed.isEmpty()) {
            return answer;
        }
        Map<Long, Long> legs = postings.personalLegs(payment.id());
        postings.lock(legs.keySet());
        legs.forEach((personId, amount) -> postings.post(claimed.get(), personId, Reason.REVERSAL, reference, -amount));
        postings.answer(claimed.get(), payment.acct() + payment.mulaid(), payment.acct(), payment.mulaid(), 0,
                payment.mulaidPersonId(), null);
        audit.record("settlement", person(payment.personId()), "ACCOUNT_PAYMENT_REVERSED",
                AuditTrail.Channel.INSTITUTION, "reference:%s acct:%d mulaid:%d".formatted(reference, payment.acct(),
                        payment.mulaid()));
        return answer;
    }

    /** The same reference again: the stored split, unless it was used for another person or amount. */
    private PaymentSplit repeated(AccountPayment order) {
        Postings.Movement m = postings.movement(PAYMENT, order.reference()).orElseThrow();
        if (!Long.valueOf(order.person().value()).equals(m.personId()) || m.amount() != order.amount().fen()) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_REFERENCE_REUSED");
        }
        return new PaymentSplit(order.reference(), Money.ofFen(m.acct()), Money.ofFen(m.mulaid()),
                Money.ofFen(m.cash()), Money.ofFen(m.balanceAfter() == null ? 0 : m.balanceAfter()),
                m.mulaidPersonId());
    }

    static String person(@Nullable Long personId) {
        return "person:" + personId;
    }
}
