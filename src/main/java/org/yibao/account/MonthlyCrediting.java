package org.yibao.account;

import java.time.YearMonth;

/**
 * Credits employees' personal accounts with the account part ({@code account_fen}) of a month's paid
 * contributions. A month is credited once, however often or concurrently it is run.
 */
public interface MonthlyCrediting {

    CreditingResult credit(YearMonth month);
}
