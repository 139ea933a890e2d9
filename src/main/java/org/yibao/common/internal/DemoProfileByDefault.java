package org.yibao.common.internal;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns the {@code demo} profile on when Yibao runs on its embedded database (a newcomer's first start),
 * unless {@code yibao.demo=false}; against an external database demo data is loaded only when asked for.
 */
public class DemoProfileByDefault implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean wanted = env.getProperty("yibao.demo", Boolean.class, true);
        if (wanted && !NoExternalDatabaseCondition.hasExternalDatabase(env)
                && !Arrays.asList(env.getActiveProfiles()).contains("demo")) {
            env.addActiveProfile("demo");
        }
    }
}
