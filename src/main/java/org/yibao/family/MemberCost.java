package org.yibao.family;

import java.time.LocalDate;

/** One settled visit in a member's yearly medical costs: total, paid by the fund, paid by the person (fen). */
public record MemberCost(LocalDate date, String institution, long totalFen, long fundFen, long personalFen) {
}
