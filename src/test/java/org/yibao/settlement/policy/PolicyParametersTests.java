package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.support.YibaoHttpTest;

/** The demo loader fills DEMO.md's table for every demo region, this year and last, each row with version 1. */
class PolicyParametersTests extends YibaoHttpTest {

    @Autowired
    PolicyParameters parameters;

    @Autowired
    Clock clock;

    @Test
    void demoRegionsHaveTheTableForThisYearAndLastYear() {
        int year = BusinessTime.today(clock).getYear();
        for (String region : PolicyParameterDemoData.REGIONS) {
            assertThat(parameters.list(region, year, null)).hasSize(PolicyParameterDemoData.rows().size());
            assertThat(parameters.list(region, year - 1, "21")).hasSize(9);
        }
        PolicyRule chronic = parameters.forVisit("341100", year, "390", PersonCategory.RESIDENT, "14", 2).orElseThrow();
        assertThat(chronic.deductible()).isEqualTo(Money.ofYuan("500"));
        assertThat(chronic.ratio()).isEqualByComparingTo("0.70");
        assertThat(chronic.capFor(1)).isEqualTo(Money.ofYuan("1500"));
        assertThat(chronic.capFor(2)).isEqualTo(Money.ofYuan("3000"));
        assertThat(parameters.history(chronic.id())).first()
                .satisfies(h -> assertThat(h.version()).isEqualTo(1));
        PolicyRule retired = parameters.forVisit("110000", year, "310", PersonCategory.RETIRED, "11", 3).orElseThrow();
        assertThat(retired.ratio()).isEqualByComparingTo("0.60");
        assertThat(retired.yearlyCap()).isEqualTo(Money.ofYuan("3000"));
        PolicyRule delivery = parameters.forVisit("110000", year, "390", PersonCategory.RESIDENT, "52", 2).orElseThrow();
        assertThat(delivery.ratio()).as("生育住院 is settled directly").isEqualByComparingTo("0.85");
        assertThat(delivery.yearlyCap()).isEqualTo(Money.ofYuan("3000"));
    }
}
