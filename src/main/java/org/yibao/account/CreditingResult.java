package org.yibao.account;

import java.time.YearMonth;
import org.yibao.common.Money;

/**
 * A month's crediting: how many accounts got how much in all; {@code alreadyDone} when this run found nothing
 * left to credit because an earlier or concurrent run had done it.
 */
public record CreditingResult(YearMonth month, int persons, Money total, boolean alreadyDone) {
}
