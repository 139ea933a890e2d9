package org.yibao.service.payment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;
import org.yibao.service.BankGateway;

/** {@code /manage/health} component {@code bank}: whether a bank pays 零星报销 and 生育津贴 (拨付). */
@Configuration(proxyBeanMethods = false)
class BankHealth {

    @Bean
    ProviderHealth bankHealthIndicator(ObjectProvider<BankGateway> gateway) {
        return new ProviderHealth(gateway);
    }
}
