package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yibao.support.YibaoHttpTest;

/** The embedded cluster answers a commit once it is on disk, unless the configuration says otherwise. */
class EmbeddedDatabaseTests extends YibaoHttpTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void commitsAreDurableUnlessSwitchedOff() {
        assertThat(new EmbeddedDatabaseProperties(null, false, null, null).durableCommits()).isTrue();
        assertThat(new EmbeddedDatabaseProperties(null, false, null, false).durableCommits()).isFalse();
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .as("the tests' throw-away cluster").isEqualTo("off");
    }
}
