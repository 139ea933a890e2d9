package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yibao.support.YibaoHttpTest;

/** The embedded cluster answers a commit once it is on disk, unless the configuration says otherwise. */
class EmbeddedDatabaseTests extends YibaoHttpTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void commitsAreDurableUnlessSwitchedOff() {
        assertThat(bind(Map.of()).durableCommits()).isTrue();
        assertThat(bind(Map.of("yibao.embedded-database.durable-commits", "false")).durableCommits()).isFalse();
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .as("the tests' throw-away cluster").isEqualTo("off");
    }

    private static EmbeddedDatabaseProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("yibao.embedded-database", EmbeddedDatabaseProperties.class);
    }
}
