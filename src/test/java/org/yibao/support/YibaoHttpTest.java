package org.yibao.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of tests that talk to a running Yibao over real HTTP, on the shared embedded PostgreSQL with demo data.
 * Each test makes its own phones and persons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class YibaoHttpTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PasswordEncoder encoder;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A JSON response: status and parsed body (null when empty). */
    public record Json(int status, JsonNode body) {
        public String text(String field) {
            JsonNode n = body.get(field);
            return n == null || n.isNull() ? null : n.asString();
        }
    }

    protected Json post(String path, Object body) {
        return post(path, body, null);
    }

    protected Json post(String path, Object body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    protected Json get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    private Json send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Json(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The latest SMS code sent to the phone, read from the demo outbox over HTTP like a tester would. */
    protected String smsCode(String phone) {
        Json outbox = get("/dev/sms-outbox?phone=" + phone, null);
        return outbox.body().get(0).get("code").asString();
    }

    /** Registers a fresh account over the API and answers its phone. */
    protected String registeredPhone(String password) {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        Json r = post("/api/v1/auth/register", Map.of("phone", phone, "smsCode", smsCode(phone), "password", password,
                "agreementAccepted", true));
        if (r.status() != 201) {
            throw new IllegalStateException("registration failed: " + r);
        }
        return phone;
    }

    protected String login(String username, String password) {
        Json r = post("/api/v1/auth/login", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        return r.text("accessToken");
    }

    /** A new insured person of the region (normal status), with a social security card and optionally an e-voucher. */
    protected TestPerson insuredPerson(String name, String region, String cardPassword, String evoucherPassword) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String id = TestIds.idNumber(region.substring(0, 4) + "02", birth, r.nextBoolean());
        long personId = jdbc.sql("""
                insert into insured_person (id_number, name, gender, birth_date) values (?, ?, ?, ?) returning id""")
                .params(id, name, (id.charAt(16) - '0') % 2 == 1 ? "1" : "2", birth).query(Long.class).single();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                values (?, ?, '390', '1501', '1', ?)""").params(personId, region, LocalDate.of(2015, 1, 1)).update();
        String card = "Z" + String.format("%08d", personId);
        jdbc.sql("insert into insured_social_card (card_number, person_id, password_hash, issued_on) values (?, ?, ?, ?)")
                .params(card, personId, encoder.encode(cardPassword), LocalDate.of(2020, 1, 1)).update();
        if (evoucherPassword != null) {
            jdbc.sql("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at)
                    values (?, 'ACTIVE', ?, now())""").params(personId, encoder.encode(evoucherPassword)).update();
        }
        return new TestPerson(personId, name, id, card);
    }

    public record TestPerson(long id, String name, String idNumber, String cardNumber) {
    }

    /** A back-office session of a clerk, cashier or administrator, logged in through the staff login page. */
    protected WebSession staffSession(String login, String password) {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", password));
        return web;
    }
}
