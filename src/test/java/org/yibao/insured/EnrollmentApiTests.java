package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** 城乡居民参保登记: rules of submission, review by the region's clerk, and refusals that change nothing. */
class EnrollmentApiTests extends YibaoHttpTest {

    /** The review queue lists oldest first; a page beyond the last shows the last, where the newest stands. */
    private static final String LAST_PAGE = "/staff/enrollments?page=999999";


    private Json enroll(String token, Multipart form) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/applications/resident-enrollment")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                    .POST(form.body()).build(), HttpResponse.BodyHandlers.ofString());
            return new Json(r.statusCode(), JSON.readTree(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Multipart form(String region, String name, String id, String category) {
        return new Multipart().field("regionCode", region).field("name", name).field("idNumber", id)
                .field("phone", "13912340000").field("category", category)
                .file("idDocument", "id-card.png", "image/png", Multipart.png());
    }

    private long enrollments() {
        return jdbc.sql("select count(*) from insured_enrollment").query(Long.class).single();
    }

    private static String adultId(String region) {
        return TestIds.idNumber(region.substring(0, 4) + "02", LocalDate.of(1990, 5, 17), false);
    }

    @Test
    void anEnrollmentInARegionWithoutReviewIsApprovedAtOnce() {
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        String id = adultId("360600");
        Json r = enroll(token, form("360600", "何小满", id, "ADULT"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("APPROVED");
        assertThat(jdbc.sql("""
                select p.status || p.insutype || p.psn_type from insured_period p join insured_person x on x.id = p.person_id
                where x.id_number = ?""").param(id).query(String.class).single()).isEqualTo("13901501");
        assertThat(get("/api/v1/me", token).body().get("realNameVerified").asBoolean())
                .as("no clerk saw the documents: no real-name link").isFalse();
    }

    @Test
    void aClerkOfTheRegionApprovesAndTheApplicantsAccountIsLinked() throws Exception {
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        String id = adultId("130600");
        Json r = enroll(token, form("130600", "柳青青", id, "ADULT"));
        assertThat(r.text("status")).isEqualTo("SUBMITTED");
        long enrollment = r.body().get("id").asLong();

        WebSession other = new WebSession(port);
        other.submit("/staff/login", "/staff/login", Map.of("username", "clerk130200", "password", "Clerk2025"));
        assertThat(other.get("/staff/enrollments/" + enrollment).statusCode()).as("唐山 clerk, 保定 item").isEqualTo(404);
        assertThat(other.get(LAST_PAGE).body()).doesNotContain("柳青青");

        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "Clerk2025"));
        assertThat(clerk.get(LAST_PAGE).body()).as("the newest is on the queue's last page").contains("柳青青");
        HttpResponse<String> approved = clerk.submit("/staff/enrollments/" + enrollment,
                "/staff/enrollments/" + enrollment + "/approve", Map.of());
        assertThat(approved.body()).contains("已审核通过");
        assertThat(get("/api/v1/resident-enrollments/" + enrollment, token).text("status")).isEqualTo("APPROVED");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode me = get("/api/v1/me", token).body();
        while (!me.get("realNameVerified").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            me = get("/api/v1/me", token).body();
        }
        assertThat(me.get("realNameMethod").asString()).isEqualTo("AGENCY_REVIEW");
        assertThat(get("/api/v1/insurance", token).body().get("periods").get(0).get("regionCode").asString()).isEqualTo("130600");
    }

    @Test
    void anApprovedEnrollmentForARelativeNeverLinksTheApplicantsAccount() throws Exception {
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        String id = adultId("130600");
        Json r = enroll(token, form("130600", "柳代办", id, "ADULT").field("forSelf", "false"));
        assertThat(r.text("status")).isEqualTo("SUBMITTED");
        long enrollment = r.body().get("id").asLong();
        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "Clerk2025"));
        assertThat(clerk.submit("/staff/enrollments/" + enrollment, "/staff/enrollments/" + enrollment + "/approve",
                Map.of()).body()).contains("已审核通过");
        assertThat(get("/api/v1/resident-enrollments/" + enrollment, token).text("status")).isEqualTo("APPROVED");
        Thread.sleep(1500);
        assertThat(get("/api/v1/me", token).body().get("realNameVerified").asBoolean())
                .as("the relative's approval is no real-name proof of the applicant").isFalse();
        assertThat(jdbc.sql("select for_self from insured_enrollment where id = ?").param(enrollment)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aRejectionCarriesItsReasonToTheApplicant() {
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        long enrollment = enroll(token, form("130600", "秦朗", adultId("130600"), "ADULT")).body().get("id").asLong();
        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "Clerk2025"));
        assertThat(clerk.submit("/staff/enrollments/" + enrollment, "/staff/enrollments/" + enrollment + "/reject",
                Map.of("reason", "", "text", "")).body()).contains("请选择驳回原因");
        clerk.submit("/staff/enrollments/" + enrollment, "/staff/enrollments/" + enrollment + "/reject",
                Map.of("reason", "UNCLEAR", "text", "照片模糊"));
        Json r = get("/api/v1/resident-enrollments/" + enrollment, token);
        assertThat(r.text("status")).isEqualTo("REJECTED");
        assertThat(r.text("rejectReason")).isEqualTo("材料不清晰或不完整：照片模糊");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        long before = enrollments();
        String id = adultId("130200");
        String badCheck = id.substring(0, 17) + (id.endsWith("1") ? "2" : "1");
        assertThat(enroll(token, form("130200", "许多", badCheck, "ADULT")).text("code")).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(enroll(token, form("999999", "许多", id, "ADULT")).text("code")).isEqualTo("REGION_NOT_OPEN");
        assertThat(enroll(token, form("130200", "许多", id, "ELDER")).text("code")).isEqualTo("CATEGORY_AGE_ELDER");
        assertThat(enroll(token, form("130200", "许多", id, "MINIMUM_INCOME")).text("code")).isEqualTo("ENROLLMENT_PROOF_REQUIRED");
        Multipart text = new Multipart().field("regionCode", "130200").field("name", "许多").field("idNumber", id)
                .field("phone", "13912340000").field("category", "ADULT")
                .file("idDocument", "id.png", "image/png", "not really a picture".getBytes());
        assertThat(enroll(token, text).text("code")).isEqualTo("UPLOAD_TYPE");
        byte[] huge = new byte[6 * 1024 * 1024];
        System.arraycopy(Multipart.png(), 0, huge, 0, Multipart.png().length);
        Multipart big = new Multipart().field("regionCode", "130200").field("name", "许多").field("idNumber", id)
                .field("phone", "13912340000").field("category", "ADULT").file("idDocument", "big.png", "image/png", huge);
        Json tooBig = enroll(token, big);
        assertThat(tooBig.text("code")).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(tooBig.text("detail")).isEqualTo("文件不能超过5MB，请压缩后重新上传");
        Multipart none = new Multipart().field("regionCode", "130200").field("name", "许多").field("idNumber", id)
                .field("phone", "13912340000").field("category", "ADULT");
        assertThat(enroll(token, none).text("code")).isEqualTo("ENROLLMENT_ID_DOCUMENT_REQUIRED");
        Json insured = enroll(token, form("130200", "王建国", "130203197503121017", "ADULT"));
        assertThat(insured.status()).isEqualTo(409);
        assertThat(insured.text("detail")).isEqualTo("该人员已在唐山市正常参保，不能重复参保");
        assertThat(enrollments()).isEqualTo(before);
    }

    @Test
    void oneOpenEnrollmentPerPersonAndNobodyElseMayReadIt() {
        String token = login(registeredPhone("Secret2025"), "Secret2025");
        String id = adultId("130600");
        long enrollment = enroll(token, form("130600", "严实", id, "ADULT")).body().get("id").asLong();
        String stranger = login(registeredPhone("Secret2025"), "Secret2025");
        assertThat(enroll(stranger, form("130600", "严实", id, "ADULT")).text("code")).isEqualTo("ENROLLMENT_OPEN");
        Json peek = get("/api/v1/resident-enrollments/" + enrollment, stranger);
        assertThat(peek.status()).isEqualTo(404);
        assertThat(post("/api/v1/resident-enrollments/" + enrollment + "/cancel", Map.of(), token).text("status"))
                .isEqualTo("CANCELLED");
        assertThat(enroll(stranger, form("130600", "严实", id, "ADULT")).status()).isEqualTo(201);
    }
}
