package org.yibao.account;

import java.time.OffsetDateTime;
import org.yibao.common.Money;

/**
 * One movement of a person's account as the person sees it: positive amounts came in, negative went out.
 *
 * @param reason e.g. PAYMENT, MUTUAL_AID (paid for a relative), REVERSAL, MONTHLY_CREDIT, TRANSFER_OUT
 */
public record JournalEntry(long id, String reason, String reference, Ledger counterpart, Money amount,
                           Money balanceAfter, OffsetDateTime postedAt) {
}
