package org.yibao.settlement.selfpay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;

/** {@code /manage/health} component {@code selfpay}: which 自费支付 channel is configured, if any. */
@Configuration(proxyBeanMethods = false)
class SelfPayHealth {

    @Bean
    ProviderHealth selfpayHealthIndicator(ObjectProvider<CashPaymentChannel> channel) {
        return new ProviderHealth(channel);
    }
}
