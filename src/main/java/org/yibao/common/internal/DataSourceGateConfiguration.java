package org.yibao.common.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataSourceGateConfiguration {

    /** Threads beyond the pool's size wait for a connection in line ({@link GatedDataSource}). */
    @Bean
    static BeanPostProcessor dataSourceGate() {
        return GatedDataSource.wrapping();
    }
}
