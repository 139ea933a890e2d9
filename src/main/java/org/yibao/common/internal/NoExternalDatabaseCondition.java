package org.yibao.common.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external PostgreSQL is configured ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL}). */
public class NoExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !hasExternalDatabase(context.getEnvironment());
    }

    static boolean hasExternalDatabase(org.springframework.core.env.Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
