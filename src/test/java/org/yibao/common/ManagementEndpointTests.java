package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** Metrics are for administrators; health and the probes stay public and list the outside providers. */
class ManagementEndpointTests extends YibaoHttpTest {

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(get("/manage/prometheus", null).status()).as("anonymous").isEqualTo(401);
        assertThat(staff("clerk130600", "Clerk2025").get("/manage/prometheus", "text/plain").statusCode())
                .as("a clerk").isEqualTo(403);
        HttpResponse<String> metrics = staff("admin", "Admin2025").get("/manage/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthAndProbesStayPublicAndListTheDemoProviders() {
        assertThat(get("/manage/health/liveness", null).status()).isEqualTo(200);
        assertThat(get("/manage/health/readiness", null).status()).isEqualTo(200);
        Json health = get("/manage/health", null);
        assertThat(health.status()).isEqualTo(200);
        JsonNode components = health.body().get("components");
        for (String provider : new String[] {"sms", "face", "tax"}) {
            assertThat(components.get(provider).get("status").asString()).as(provider).isEqualTo("UP");
            assertThat(components.get(provider).get("description").asString()).as(provider).isEqualTo("configured");
            assertThat(components.get(provider).has("details")).as("details are for administrators").isFalse();
        }
        assertThat(components.get("db").has("details")).isFalse();
    }

    private WebSession staff(String username, String password) {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
        return web;
    }
}
