package org.yibao.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessTime;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** 办件进度 lists the citizen's 城乡居民参保登记 (also 代办) and 城乡居民缴费 beside the workflow's applications. */
class ProgressOfEnrollmentsAndPremiumsTests extends YibaoHttpTest {

    private static final String PASSWORD = "Progress2025";

    @Test
    void anEnrollmentForARelativeAndItsPremiumAppearUnderTheirTabs() throws Exception {
        String phone = registeredPhone(PASSWORD);
        String token = login(phone, PASSWORD);
        String id = TestIds.idNumber("360602", LocalDate.of(1988, 4, 9), true);
        Multipart form = new Multipart().field("regionCode", "360600").field("name", "程进度").field("idNumber", id)
                .field("phone", "13912340000").field("category", "ADULT").field("forSelf", "false")
                .file("idDocument", "id-card.png", "image/png", Multipart.png());
        HttpResponse<String> enrolled = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/applications/resident-enrollment")))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .POST(form.body()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        long enrollment = JSON.readTree(enrolled.body()).get("id").asLong();
        long person = jdbc.sql("select id from insured_person where id_number = ?").param(id).query(Long.class).single();
        Json paid = post("/api/v1/premium-payments", Map.of("personId", person,
                "year", LocalDate.now(BusinessTime.ZONE).getYear(), "channel", "TAX",
                "idempotencyKey", UUID.randomUUID().toString()), token);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(202);
        long payment = paid.body().get("id").asLong();

        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", PASSWORD));
        String all = web.get("/applications").body();
        assertThat(all).contains("insured-ENROLLMENT-" + enrollment, "insured-PREMIUM-" + payment, "城乡居民参保登记",
                "程*度", "已通过");
        assertThat(web.get("/applications?tab=done").body()).contains("insured-ENROLLMENT-" + enrollment);
        assertThat(web.get("/applications?tab=progress").body()).doesNotContain("insured-ENROLLMENT-" + enrollment);
        assertThat(web.get("/applications?type=CHRONIC_DISEASE").body())
                .as("a type filter of the workflow shows only that type").doesNotContain("insured-ENROLLMENT-");
    }
}
