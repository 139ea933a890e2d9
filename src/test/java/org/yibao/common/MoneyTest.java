package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsFenExactlyAndPrintsYuanWithTwoDecimals() {
        Money a = Money.ofYuan("1860.00");
        assertThat(a.fen()).isEqualTo(186_000);
        assertThat(a.plus(Money.ofYuan("0.1")).toString()).isEqualTo("1860.10");
        assertThat(Money.ofFen(5).minus(Money.ofFen(7)).isNegative()).isTrue();
    }

    @Test
    void roundsRatiosHalfUpToTheFen() {
        assertThat(Money.ofFen(1005).times(new BigDecimal("0.5")).fen()).isEqualTo(503);
        assertThat(Money.ofFen(1003).times(new BigDecimal("0.5")).fen()).isEqualTo(502);
        assertThat(Money.ofYuan("33.33").times(new BigDecimal("0.7")).toString()).isEqualTo("23.33");
    }

    @Test
    void refusesFractionsOfAFen() {
        assertThatThrownBy(() -> Money.ofYuan("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofYuan("1.500").fen()).isEqualTo(150);
    }
}
