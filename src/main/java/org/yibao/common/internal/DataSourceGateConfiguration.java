package org.yibao.common.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * How many threads wait for a connection, as {@code yibao.datasource.waiting}: they wait in the gate now, so
     * HikariCP's own {@code hikaricp.connections.pending} stays at zero.
     */
    @Bean
    MeterBinder dataSourceGateMeters(ObjectProvider<DataSource> dataSources) {
        return registry -> dataSources.orderedStream().filter(GatedDataSource.class::isInstance)
                .map(GatedDataSource.class::cast)
                .forEach(gate -> Gauge.builder("yibao.datasource.waiting", gate, GatedDataSource::waiting)
                        .description("Threads waiting in line for a database connection").register(registry));
    }
}
