package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yibao.catalog.ItemClass;
import org.yibao.common.Money;

/**
 * For random baskets, persons, accumulators and every row of the demo table: the identities of the national
 * settlement output hold, nothing is negative, the yearly cap is never exceeded and the fund never pays more than
 * the in-scope amount after the deductible.
 */
class PolicyEnginePropertyTests {

    @Property(tries = 2000)
    void settlementsAddUpAndRespectCaps(@ForAll("rules") PolicyRule rule, @ForAll("baskets") List<FeeItem> basket,
                                        @ForAll @IntRange(max = 40) int years, @ForAll @IntRange(max = 4) int diseases,
                                        @ForAll("fen") long ytdDeductible, @ForAll("fen") long ytdFund) {
        YearToDate ytd = new YearToDate(Money.ofFen(ytdDeductible), Money.ofFen(ytdFund));
        PolicyResult r = PolicyEngine.calculate(new VisitFacts(rule.medType(), rule.level(), "130200", 2026),
                new PersonFacts(rule.insutype(), rule.category(), years, diseases), basket, ytd, rule);

        assertThat(r.medfeeSumamt()).isEqualTo(r.fundPaySumamt().plus(r.psnPartAmt()));
        assertThat(r.medfeeSumamt()).isEqualTo(r.fulamtOwnpayAmt().plus(r.overlmtSelfpay()).plus(r.preselfpayAmt())
                .plus(r.inscpScpAmt()));
        assertThat(r.inscpScpAmt().minus(r.actPayDedc())).isEqualTo(r.hifpPay().plus(r.poolPropSelfpay()));
        assertThat(List.of(r.medfeeSumamt(), r.fulamtOwnpayAmt(), r.overlmtSelfpay(), r.preselfpayAmt(),
                r.inscpScpAmt(), r.actPayDedc(), r.hifpPay(), r.poolPropSelfpay(), r.fundPaySumamt(), r.psnPartAmt()))
                .noneMatch(Money::isNegative);
        r.items().forEach(i -> assertThat(i.total()).isEqualTo(
                i.fulamtOwnpayAmt().plus(i.overlmtAmt()).plus(i.preselfpayAmt()).plus(i.inscpScpAmt())));
        assertThat(r.hifpPay()).isLessThanOrEqualTo(r.inscpScpAmt().minus(r.actPayDedc()));
        Money cap = rule.capFor(diseases);
        assertThat(r.hifpPay()).isLessThanOrEqualTo(cap.minus(ytd.fundPaid()).max(Money.ZERO));
        assertThat(r.actPayDedc()).isLessThanOrEqualTo(rule.deductible());
        assertThat(r.setldetail().stream().map(FundLine::fundPayamt).reduce(Money.ZERO, Money::plus))
                .isEqualTo(r.fundPaySumamt());
    }

    @Provide
    Arbitrary<PolicyRule> rules() {
        return Arbitraries.of(PolicyParameterDemoData.rows()).map(PolicyFixtures::toRule);
    }

    @Provide
    Arbitrary<Long> fen() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 20_000_000L));
    }

    @Provide
    Arbitrary<List<FeeItem>> baskets() {
        return item().list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<FeeItem> item() {
        Arbitrary<ItemClass> cls = Arbitraries.of(ItemClass.class);
        Arbitrary<BigDecimal> qty = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("50"))
                .ofScale(2);
        Arbitrary<Long> price = Arbitraries.longs().between(0, 5_000_000L);
        Arbitrary<Long> cap = Arbitraries.longs().between(0, 5_000_000L).injectNull(0.5);
        Arbitrary<Integer> share = Arbitraries.integers().between(0, 3000);
        return Combinators.combine(cls, qty, price, cap, share).as((c, q, p, k, s) -> new FeeItem("I", c, q,
                Money.ofFen(p), k == null ? null : Money.ofFen(k), BigDecimal.valueOf(s, 4)));
    }
}
