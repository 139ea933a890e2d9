package org.yibao.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.support.YibaoHttpTest;

/**
 * With {@code yibao.datasource.replica.url} set — here a second, read-only pool on the same test database — the
 * citizens' read-only queries (消费信息, 参保信息, catalogs) are answered from the replica, every write still goes to
 * the primary and succeeds, and a write that reached a read-only route fails instead of writing anywhere.
 */
class ReplicaRoutingTests extends YibaoHttpTest {

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add(ReplicaRouting.URL, () -> EmbeddedPostgresConfiguration.runningJdbcUrl("yibao"));
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ReplicaRouting routing;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCitizensReadOnlyQueriesAreAnsweredFromTheReplica() throws Exception {
        assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
        String token = login("13800000001", "Yibao2025");
        for (String path : new String[] {"/api/v1/consumptions", "/api/v1/insurance", "/api/v1/catalog/items?q=阿莫西林"}) {
            long before = routing.connectionsLent();
            assertThat(get(path, token).status()).as(path).isEqualTo(200);
            assertThat(routing.connectionsLent()).as(path + " read on the replica").isGreaterThan(before);
        }
        long before = routing.connectionsLent();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/query/policies"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(routing.connectionsLent()).isGreaterThan(before);
    }

    @Test
    void writesGoToThePrimaryAndNeverToTheReplica() throws Exception {
        long before = routing.connectionsLent();
        login("13800000002", "Yibao2025"); // stores an API token and counts the login
        String institution = "H13020300001";
        String answer = signIn(institution);
        assertThat(answer).contains("\"infcode\":0").contains("sign_no");
        assertThat(routing.connectionsLent()).as("no write took a replica connection").isEqualTo(before);
    }

    @Test
    void aWriteOnAReadOnlyRouteFailsAndWritesNothing() {
        String marker = "replica-" + UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> jdbc.sql("""
                insert into common_audit_record (occurred_at, actor, subject, action, channel)
                values (now(), 'test', ?, 'REPLICA', 'test')""").param(marker).update()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
        assertThat(jdbc.sql("select count(*) from common_audit_record where subject = ?").param(marker)
                .query(Long.class).single()).isZero();
    }

    private String signIn(String institution) throws Exception {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("infno", "9001");
        envelope.put("msgid", institution + LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + String.format("%04d", (int) (Math.random() * 10_000)));
        envelope.put("mdtrtarea_admvs", "130200");
        envelope.put("insuplc_admdvs", "130200");
        envelope.put("recer_sys_code", "FSI");
        envelope.put("infver", "V1.0");
        envelope.put("opter_type", "1");
        envelope.put("opter", "op01");
        envelope.put("opter_name", "收费员");
        envelope.put("inf_time", LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        envelope.put("fixmedins_code", institution);
        envelope.put("fixmedins_name", "测试机构");
        envelope.put("sign_no", "");
        envelope.put("input", Map.of("signIn", Map.of("opter_no", "op01", "mac", "00-00", "ip", "127.0.0.1")));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/fsi/api/rsfComIfsService/callService")))
                .header("Content-Type", "application/json").header("x-tif-paasid", institution)
                .header("x-tif-timestamp", ts).header("x-tif-nonce", nonce)
                .header("x-tif-signature", InstitutionSignatures.sign(ts, "demo-token-" + institution, nonce))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(envelope))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
