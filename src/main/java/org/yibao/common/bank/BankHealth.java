package org.yibao.common.bank;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;

/**
 * {@code /manage/health} 组件 {@code bank}：是否有银行为零星报销、生育津贴拨付和转移接续清退付款，以及方式
 * （{@code online}：逐笔联机转账）。
 */
@Configuration(proxyBeanMethods = false)
class BankHealth {

    @Bean
    HealthIndicator bankHealthIndicator(ObjectProvider<BankTransfers> bank) {
        ProviderHealth provider = new ProviderHealth(bank);
        return () -> {
            Health health = provider.health();
            return Health.status(health.getStatus()).withDetails(health.getDetails()).withDetail("mode", "online")
                    .build();
        };
    }
}
