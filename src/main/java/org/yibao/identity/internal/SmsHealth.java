package org.yibao.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;
import org.yibao.identity.SmsGateway;

/** {@code /manage/health} component {@code sms}: whether an SMS provider is configured. */
@Configuration(proxyBeanMethods = false)
class SmsHealth {

    @Bean
    ProviderHealth smsHealthIndicator(ObjectProvider<SmsGateway> gateway) {
        return new ProviderHealth(gateway);
    }
}
