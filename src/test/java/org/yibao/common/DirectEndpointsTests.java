package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/**
 * The machine interfaces answered ahead of the web framework (settlement API, 电子凭证解码): only POST, a body cap,
 * the same problem shape and headers as the REST API, and still described in OpenAPI.
 */
class DirectEndpointsTests extends YibaoHttpTest {

    private static final String FSI = "/fsi/api/rsfComIfsService/callService";
    private static final String EC = "/ec/api/query";

    @Test
    void anyMethodButPostIsRefusedWith405() throws Exception {
        for (String path : new String[] {FSI, EC}) {
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).as(path).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).contains("POST");
            assertThat(get.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(get.body());
            assertThat(problem.path("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
            assertThat(problem.path("detail").asString()).isEqualTo("不支持该请求方式");
        }
    }

    @Test
    void anUnsignedCallIsRefusedWith401AndCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url(FSI)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(post.body()).isEmpty();
        assertThat(post.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(post.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(post.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413() throws Exception {
        byte[] big = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url(FSI)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(post.body()).path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void bothInterfacesAreDescribedInOpenApi() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        for (String path : new String[] {FSI, EC}) {
            JsonNode post = paths.path(path).path("post");
            assertThat(post.isObject()).as(path).isTrue();
            assertThat(post.path("parameters").findValuesAsString("name")).contains("x-tif-paasid", "x-tif-signature");
        }
    }
}
