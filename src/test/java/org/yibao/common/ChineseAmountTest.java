package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 中文大写金额 as receipts write it. */
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.00, 零元整",
            "0.05, 伍分",
            "0.50, 伍角",
            "0.55, 伍角伍分",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            "15.00, 壹拾伍元整",
            "100.05, 壹佰元零伍分",
            "160.00, 壹佰陆拾元整",
            "400.00, 肆佰元整",
            "400.50, 肆佰元伍角",
            "700.00, 柒佰元整",
            "1001.00, 壹仟零壹元整",
            "1010.00, 壹仟零壹拾元整",
            "1100.00, 壹仟壹佰元整",
            "1860.00, 壹仟捌佰陆拾元整",
            "10000.00, 壹万元整",
            "10010.05, 壹万零壹拾元零伍分",
            "100010.00, 壹拾万零壹拾元整",
            "120000.00, 壹拾贰万元整",
            "1000001.00, 壹佰万零壹元整",
            "100000000.00, 壹亿元整",
            "100000001.00, 壹亿零壹元整",
            "110000000.00, 壹亿壹仟万元整",
            "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
            "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesTheAmountInCapitals(String yuan, String capitals) {
        assertThat(ChineseAmount.of(Money.ofYuan(yuan))).isEqualTo(capitals);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1000000000000.00"})
    void refusesAmountsNoReceiptCarries(String yuan) {
        assertThatThrownBy(() -> ChineseAmount.of(Money.ofYuan(yuan))).isInstanceOf(IllegalArgumentException.class);
    }
}
