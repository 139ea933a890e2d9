package org.yibao.common.internal;

import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The overall health is the usual aggregate of its components, by code only: a component's note (a provider's
 * "configured" / "not configured") describes that component, not the whole of Yibao.
 */
@Configuration(proxyBeanMethods = false)
class HealthStatusConfiguration {

    @Bean
    StatusAggregator healthStatusAggregator() {
        StatusAggregator standard = StatusAggregator.getDefault();
        return statuses -> new Status(standard.getAggregateStatus(statuses).getCode());
    }
}
