package org.yibao.account;

import java.time.YearMonth;

/**
 * Credits employees' personal accounts with the account part ({@code account_fen}) of a month's paid
 * contributions. A month is credited once, however often or concurrently it is run. This runs in the caller's
 * thread and records no run; the schedule and the administrator's page start recorded runs through
 * {@link CreditingRuns}.
 */
public interface MonthlyCrediting {

    CreditingResult credit(YearMonth month);
}
