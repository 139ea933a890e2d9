package org.yibao.insured.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;
import org.yibao.insured.TaxPaymentGateway;

/** {@code /manage/health} component {@code tax}: whether a tax payment channel is configured. */
@Configuration(proxyBeanMethods = false)
class TaxHealth {

    @Bean
    ProviderHealth taxHealthIndicator(ObjectProvider<TaxPaymentGateway> gateway) {
        return new ProviderHealth(gateway);
    }
}
