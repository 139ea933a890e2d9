package org.yibao.common.bank;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;

/**
 * {@code /manage/health} 组件 {@code bank}：零星报销、生育津贴拨付和转移接续清退如何付款。{@code mode}
 * {@code online}：逐笔联机转账，已配置即有银行适配器；{@code batch}：银行批量代发文件，不需要银行适配器，
 * 总是已配置（{@code provider} 为 {@code batch-file}）。不调用银行。
 */
@Configuration(proxyBeanMethods = false)
class BankHealth {

    @Bean
    HealthIndicator bankHealthIndicator(ObjectProvider<BankTransfers> bank, BankMode mode) {
        ProviderHealth provider = new ProviderHealth(bank);
        return () -> {
            if (mode.batch()) {
                return Health.status(ProviderHealth.CONFIGURED).withDetail("configured", true)
                        .withDetail("provider", "batch-file").withDetail("mode", mode.name()).build();
            }
            Health health = provider.health();
            return Health.status(health.getStatus()).withDetails(health.getDetails()).withDetail("mode", mode.name())
                    .build();
        };
    }
}
