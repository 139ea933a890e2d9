package org.yibao.common;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether an outside provider Yibao relies on (SMS, face verification, tax channel…) is configured, for
 * {@code /manage/health}. An unconfigured provider is reported UP with the note "not configured", not DOWN: the
 * features that need it refuse with a clear 503, while everything else keeps serving, so readiness is not broken.
 *
 * @param port the provider's port; configured when a bean of it exists (its adapter's name is shown to staff)
 */
public record ProviderHealth(ObjectProvider<?> port) implements HealthIndicator {

    public static final Status CONFIGURED = new Status(Status.UP.getCode(), "configured");
    public static final Status NOT_CONFIGURED = new Status(Status.UP.getCode(), "not configured");

    @Override
    public Health health() {
        Object provider = port.getIfAvailable();
        if (provider == null) {
            return Health.status(NOT_CONFIGURED).withDetail("configured", false).build();
        }
        return Health.status(CONFIGURED).withDetail("configured", true)
                .withDetail("provider", provider.getClass().getSimpleName()).build();
    }
}
