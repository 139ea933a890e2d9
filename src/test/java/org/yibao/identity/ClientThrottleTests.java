package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * Throttles per client address with the production limits (20 logins a minute, 10 SMS codes an hour), behind a
 * proxy that sends X-Forwarded-For; and a hashing capacity of one with no wait, so that a burst overflows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yibao.identity.throttle.logins-per-address-per-minute=20",
        "yibao.identity.throttle.sms-per-address-per-hour=10",
        "server.forward-headers-strategy=native",
        "yibao.password-hashing.concurrency=1",
        "yibao.password-hashing.max-wait=0ms"})
class ClientThrottleTests extends YibaoHttpTest {

    @Test
    void refusesTheTwentyFirstLoginFromOneAddressInAMinuteAndNotTheNeighbours() throws Exception {
        awayFromTheEndOfTheWindow(60);
        String address = randomAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(from(address, "/api/v1/auth/login", login(TestIds.phone())).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = from(address, "/api/v1/auth/login", login(TestIds.phone()));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).startsWith("登录请求过于频繁，请");
        assertThat(from(randomAddress(), "/api/v1/auth/login", login(TestIds.phone())).statusCode()).isEqualTo(401);
    }

    @Test
    void sendsCodesToAtMostTenPhonesFromOneAddressInAnHour() throws Exception {
        awayFromTheEndOfTheWindow(3600);
        String address = randomAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(from(address, "/api/v1/auth/sms-codes", sms(TestIds.phone())).statusCode()).isEqualTo(202);
        }
        String eleventh = TestIds.phone();
        HttpResponse<String> refused = from(address, "/api/v1/auth/sms-codes", sms(eleventh));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("SMS_ADDRESS_TOO_FREQUENT");
        assertThat(jdbc.sql("select count(*) from identity_sms_code where phone = ?").param(eleventh).query(Long.class)
                .single()).as("no code was made for the refused request").isZero();
    }

    @Test
    void theLoginPageSaysInChineseThatTheAddressMustWait() throws Exception {
        awayFromTheEndOfTheWindow(60);
        // the page is opened from 127.0.0.1 itself (no proxy header): use up that address's minute first
        for (int i = 0; i < 21; i++) {
            post("/api/v1/auth/login", Map.of("username", TestIds.phone(), "password", "Wrong2025"));
        }
        HttpResponse<String> page = new WebSession(port).submit("/login", "/login",
                Map.of("username", TestIds.phone(), "password", "Wrong2025"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("登录请求过于频繁，请");
    }

    @Test
    void aBurstBeyondTheHashingCapacityIsAnswered429WithRetryAfterAndNever500() throws Exception {
        List<HttpResponse<String>> answers = Bursts.atOnce(16,
                i -> from(randomAddress(), "/api/v1/auth/login", login(TestIds.phone())));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(401, 429));
        List<HttpResponse<String>> busy = answers.stream().filter(a -> a.statusCode() == 429).toList();
        assertThat(busy).isNotEmpty();
        assertThat(busy).allSatisfy(a -> {
            assertThat(a.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(a.body()).get("detail").asString()).isEqualTo("当前登录和验证的人数较多，请稍后再试");
        });
    }

    private HttpResponse<String> from(String address, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> login(String username) {
        return Map.of("username", username, "password", "Wrong2025");
    }

    private static Map<String, String> sms(String phone) {
        return Map.of("phone", phone, "purpose", "REGISTER");
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** Windows start at whole minutes and hours (UTC and Beijing alike): start a counted run well inside one. */
    private static void awayFromTheEndOfTheWindow(int windowSeconds) throws InterruptedException {
        while (true) {
            LocalTime now = LocalTime.now(ZoneOffset.UTC);
            int into = (now.getMinute() * 60 + now.getSecond()) % windowSeconds;
            if (windowSeconds - into > 15) {
                return;
            }
            Thread.sleep(1000);
        }
    }
}
