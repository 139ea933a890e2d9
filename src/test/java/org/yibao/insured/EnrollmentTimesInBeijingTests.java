package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** An enrollment submitted at 00:30 Beijing time on 1 January shows that day and year on every page, not UTC's. */
class EnrollmentTimesInBeijingTests extends YibaoHttpTest {

    @Test
    void anEnrollmentOfHalfPastMidnightOnNewYearsDayShowsTheNewYear() throws Exception {
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        Multipart form = new Multipart().field("regionCode", "360600").field("name", "元旦")
                .field("idNumber", TestIds.idNumber("360602", LocalDate.of(1991, 2, 3), true))
                .field("phone", "13912340000").field("category", "ADULT").field("forSelf", "false")
                .file("idDocument", "id-card.png", "image/png", Multipart.png());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/applications/resident-enrollment")))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .POST(form.body()).build(), HttpResponse.BodyHandlers.ofString());
        long id = JSON.readTree(r.body()).get("id").asLong();
        OffsetDateTime halfPastMidnight = OffsetDateTime.parse("2026-01-01T00:30:00+08:00");
        jdbc.sql("update insured_enrollment set created_at = ?, submitted_at = ?, decided_at = ? where id = ?")
                .params(halfPastMidnight, halfPastMidnight, halfPastMidnight, id).update();

        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(web.get("/services/resident-enrollment/" + id).body()).contains("2026-01-01 00:30")
                .doesNotContain("2025-12-31 16:30");
        assertThat(web.get("/services/resident-enrollment").body()).contains("2026-01-01").doesNotContain("2025-12-31");
    }
}
