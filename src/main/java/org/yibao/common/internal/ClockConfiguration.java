package org.yibao.common.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.BusinessTime;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Every module reads time through this clock, so tests and benchmarks can control it. */
    @Bean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }
}
