package org.yibao.settlement.selfpay;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code yibao.pay.channel} ({@code wechat} or {@code alipay}) chooses the 自费支付 channel when more than one is
 * configured. The start stops, before any bean is made, when both 微信支付 and 支付宝 are configured without a choice,
 * when the choice is another word, or when it names a channel that is not configured: a payment must never go
 * through a channel nobody meant.
 */
@Configuration(proxyBeanMethods = false)
class PaymentChannelChoice {

    static final String WECHAT = "yibao.pay.wechat.merchant-id";
    static final String ALIPAY = "yibao.pay.alipay.app-id";

    @Bean
    static BeanFactoryPostProcessor paymentChannelChoiceCheck(Environment environment) {
        return factory -> check(environment);
    }

    static void check(Environment environment) {
        boolean wechat = set(environment, WECHAT);
        boolean alipay = set(environment, ALIPAY);
        String choice = environment.getProperty("yibao.pay.channel", "").strip();
        if (choice.isEmpty()) {
            if (wechat && alipay) {
                throw new IllegalStateException("Both WeChat Pay (" + WECHAT + ") and Alipay (" + ALIPAY
                        + ") are configured: choose one with yibao.pay.channel=wechat|alipay");
            }
            return;
        }
        if (!Set.of("wechat", "alipay").contains(choice)) {
            throw new IllegalStateException("yibao.pay.channel is '" + choice + "': it must be wechat or alipay");
        }
        if (choice.equals("wechat") ? !wechat : !alipay) {
            throw new IllegalStateException("yibao.pay.channel=" + choice + " but "
                    + (choice.equals("wechat") ? WECHAT : ALIPAY) + " is not set");
        }
    }

    private static boolean set(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
