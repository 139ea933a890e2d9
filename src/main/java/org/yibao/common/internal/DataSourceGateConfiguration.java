package org.yibao.common.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class DataSourceGateConfiguration {

    /** Threads beyond the pool's size wait for a connection in line ({@link GatedDataSource}). */
    @Bean
    static BeanPostProcessor dataSourceGate() {
        return GatedDataSource.wrapping();
    }

    /** Read-only transactions on a replica when {@code yibao.datasource.replica.url} is set ({@link ReplicaRouting}). */
    @Bean
    static ReplicaRouting replicaRouting(Environment environment) {
        return new ReplicaRouting(environment);
    }

    /**
     * How many threads wait for a connection, as {@code yibao.datasource.waiting}: they wait in the gate now, so
     * HikariCP's own {@code hikaricp.connections.pending} stays at zero.
     */
    @Bean
    MeterBinder dataSourceGateMeters(ObjectProvider<DataSource> dataSources) {
        return registry -> dataSources.orderedStream().map(DataSourceGateConfiguration::gate)
                .filter(GatedDataSource.class::isInstance).map(GatedDataSource.class::cast)
                .forEach(gate -> Gauge.builder("yibao.datasource.waiting", gate, GatedDataSource::waiting)
                        .description("Threads waiting in line for a database connection").register(registry));
    }

    /** How many connections the replica lent to read-only transactions (0 without a replica). */
    @Bean
    MeterBinder replicaMeters(ReplicaRouting routing) {
        return registry -> FunctionCounter.builder("yibao.datasource.replica.connections", routing,
                        ReplicaRouting::connectionsLent)
                .description("Connections the replica lent to read-only transactions").register(registry);
    }

    /** The gate of a pool, also behind the replica's routing; the data source itself otherwise. */
    private static DataSource gate(DataSource dataSource) {
        return dataSource instanceof LazyConnectionDataSourceProxy routing && routing.getTargetDataSource() != null
                ? routing.getTargetDataSource() : dataSource;
    }
}
