package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Own account first, 共济 only for what is left at zero own balance, cash for the rest (fen; blank = no account). */
class SplitRuleTest {

    @ParameterizedTest(name = "{0} with own {1}, authorizer {2} → {3}/{4}/{5}")
    @CsvSource({
            // amount, own, authorizer, own pays, mutual aid pays, cash
            "1000, 5000, 9000, 1000, 0, 0",
            "1000, 1000, 9000, 1000, 0, 0",
            "1000, 300, 9000, 300, 700, 0",
            "1000, 300, 200, 300, 200, 500",
            "1000, 0, 9000, 0, 1000, 0",
            "1000, , 9000, 0, 1000, 0",
            "1000, , , 0, 0, 1000",
            "1000, 300, , 300, 0, 700",
            "0, 300, 9000, 0, 0, 0",
    })
    void paysOwnThenMutualAidThenCash(long amount, Long own, Long authorizer, long ownPays, long aidPays, long cash) {
        SplitRule.Split split = SplitRule.split(amount, 0, own, authorizer);
        assertThat(split).isEqualTo(new SplitRule.Split(ownPays, aidPays, cash));
        assertThat(split.own() + split.mutualAid() + split.cash()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} of which {1} barred, own {2}, authorizer {3} → {4}/{5}/{6}")
    @CsvSource({
            // amount, barred, own, authorizer, own pays, mutual aid pays, cash
            "1000, 300, 5000, 9000, 700, 0, 300",
            "1000, 300, 0, 9000, 0, 700, 300",
            "1000, 300, 200, 9000, 200, 500, 300",
            "1000, 1000, 5000, 9000, 0, 0, 1000",
            "1000, 300, , 100, 0, 100, 900",
    })
    void neverPaysTheBarredPartFromAnyAccount(long amount, long barred, Long own, Long authorizer, long ownPays,
                                             long aidPays, long cash) {
        SplitRule.Split split = SplitRule.split(amount, barred, own, authorizer);
        assertThat(split).isEqualTo(new SplitRule.Split(ownPays, aidPays, cash));
        assertThat(split.cash()).isGreaterThanOrEqualTo(barred);
    }
}
