package org.yibao.account.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.account.RefundGateway;
import org.yibao.common.ProviderHealth;

/** {@code /manage/health} component {@code refundBank}: whether a bank pays 转移接续 清退 to the person's account. */
@Configuration(proxyBeanMethods = false)
class RefundBankHealth {

    @Bean
    ProviderHealth refundBankHealthIndicator(ObjectProvider<RefundGateway> gateway) {
        return new ProviderHealth(gateway);
    }
}
