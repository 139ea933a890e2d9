package org.yibao.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.family.MutualAid;
import org.yibao.insured.PremiumAccount;

/**
 * 城乡居民（个人共济账户）缴费 from the ledger's side: the authorizer's employee personal account pays the resident
 * premium of a relative in their 家庭共济 group (seed 002), as one movement of two legs; the balance never goes
 * negative, and a refund gives back exactly the legs of that movement, once.
 */
@Component
class PremiumAccountDesk implements PremiumAccount {

    private static final String PREMIUM = "PREMIUM";
    private static final String REFUND = "PREMIUM_REFUND";

    private final Postings postings;
    private final MutualAid mutualAid;
    private final AuditTrail audit;

    PremiumAccountDesk(Postings postings, MutualAid mutualAid, AuditTrail audit) {
        this.postings = postings;
        this.mutualAid = mutualAid;
        this.audit = audit;
    }

    @Override
    public Optional<String> refusal(long payerPersonId, long personId) {
        if (!postings.exists(payerPersonId)) {
            return Optional.of("PREMIUM_MUTUAL_AID_NO_ACCOUNT");
        }
        if (!mutualAid.authorizerOf(personId).filter(a -> a == payerPersonId).isPresent()) {
            return Optional.of("PREMIUM_MUTUAL_AID_NOT_IN_GROUP");
        }
        return Optional.empty();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void debit(long payerPersonId, long personId, Money amount, String reference) {
        refusal(payerPersonId, personId).ifPresent(code -> {
            throw new BusinessException(Problem.CONFLICT, code);
        });
        var claimed = postings.claim(PREMIUM, reference, personId, PREMIUM, amount.fen());
        if (claimed.isEmpty()) {
            return;
        }
        Postings.Locked payer = postings.lock(List.of(payerPersonId)).get(payerPersonId);
        long balance = payer == null ? 0 : payer.balance();
        if (balance < amount.fen()) {
            throw new BusinessException(Problem.CONFLICT, List.of(
                    new BusinessException.FieldError("channel", "PREMIUM_MUTUAL_AID_BALANCE")));
        }
        postings.post(claimed.get(), payerPersonId, Reason.RESIDENT_PREMIUM, reference, -amount.fen());
        postings.answer(claimed.get(), amount.fen(), 0, amount.fen(), 0, payerPersonId, balance - amount.fen());
        audit.record("person:" + payerPersonId, PaymentDesk.person(personId), "ACCOUNT_PREMIUM_PAID",
                AuditTrail.Channel.SYSTEM, "reference:%s mulaid:%d".formatted(reference, amount.fen()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void refund(String reference) {
        Postings.Movement paid = postings.movement(PREMIUM, reference)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ACCOUNT_PAYMENT_NOT_FOUND"));
        var claimed = postings.claim(REFUND, reference, paid.personId(), PREMIUM, paid.mulaid());
        if (claimed.isEmpty()) {
            return;
        }
        Map<Long, Long> legs = postings.personalLegs(paid.id());
        postings.lock(legs.keySet());
        legs.forEach((payer, amount) -> postings.post(claimed.get(), payer, Reason.PREMIUM_REFUND, reference, -amount));
        postings.answer(claimed.get(), paid.mulaid(), 0, paid.mulaid(), 0, paid.mulaidPersonId(), null);
        audit.record("agency", PaymentDesk.person(paid.personId()), "ACCOUNT_PREMIUM_REFUNDED",
                AuditTrail.Channel.STAFF, "reference:%s mulaid:%d".formatted(reference, paid.mulaid()));
    }
}
