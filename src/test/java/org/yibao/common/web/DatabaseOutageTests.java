package org.yibao.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.HeldConnections;
import org.yibao.support.YibaoHttpTest;

/**
 * While no database connection can be had (a failover of the cluster), pages show the friendly error page and the
 * REST API and machine interfaces a problem, all with HTTP 503 and "稍候再试" — never the internal error (500) — and
 * everything works again once the database is back, without a restart.
 */
class DatabaseOutageTests extends YibaoHttpTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aPageMetByAnOutageShowsTheFriendlyPageWith503AndWorksAgainAfterwards() throws Exception {
        HttpResponse<String> during;
        try (HeldConnections ignored = HeldConnections.all(dataSource)) {
            during = fetch("/query/policies?lang=zh_CN", "text/html");
        }
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.body()).contains("医保数据库暂不可用").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(fetch("/query/policies", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void theRestApiAnswersAProblemWith503AndRetryAfter() throws Exception {
        HttpResponse<String> during;
        try (HeldConnections ignored = HeldConnections.all(dataSource)) {
            during = fetch("/api/v1/catalog/pooling-regions", "application/json");
        }
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JSON.readTree(during.body()).get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(fetch("/api/v1/catalog/pooling-regions", "application/json").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> fetch(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
