package org.yibao.settlement.selfpay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code yibao.pay.channel}: with both 微信支付 and 支付宝 configured the start needs a choice, and a valid one. */
class PaymentChannelChoiceTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PaymentChannelChoice.class);
    private static final String WECHAT = "yibao.pay.wechat.merchant-id=1900000109";
    private static final String ALIPAY = "yibao.pay.alipay.app-id=2021004100000001";

    @Test
    void refusesToStartWithWechatAndAlipayConfiguredWithoutAChoice() {
        runner.withPropertyValues(WECHAT, ALIPAY).run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("yibao.pay.channel=wechat|alipay"));
    }

    @Test
    void startsWithBothConfiguredOnceOneIsChosen() {
        runner.withPropertyValues(WECHAT, ALIPAY, "yibao.pay.channel=alipay")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues(WECHAT, ALIPAY, "yibao.pay.channel=wechat")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void startsWithOneChannelOrNoneWithoutAChoice() {
        runner.withPropertyValues(ALIPAY).run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues(WECHAT).run(context -> assertThat(context).hasNotFailed());
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesAChoiceOfAnUnknownOrAnUnconfiguredChannel() {
        runner.withPropertyValues(WECHAT, "yibao.pay.channel=unionpay").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("must be wechat or alipay"));
        runner.withPropertyValues(WECHAT, "yibao.pay.channel=alipay").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("yibao.pay.alipay.app-id is not set"));
    }
}
