package org.yibao.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.common.AuditTrail;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Material;
import org.yibao.service.chronic.Commitments;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The back office: a clerk works in their own region only, on every route; decisions need their reasons. */
class OfficeRouteTests extends YibaoHttpTest {

    private static final String REGION = "130200";

    @Autowired
    private ApplicationContext context;

    private OfficeFixtures fixtures;
    private TestPerson person;
    private long account;

    @BeforeEach
    void application() {
        fixtures = new OfficeFixtures(context);
        person = insuredPerson("钱经办", REGION, "246810", null);
        account = OfficeFixtures.linkedAccount(jdbc, registeredPhone("Office2025a"), person.id());
    }

    private WebSession staff(String login, String password) {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", password));
        assertThat(r.uri().getPath()).isEqualTo("/staff");
        return web;
    }

    @Test
    void aClerkOfAnotherRegionCannotSeeOrActOnTheApplication() {
        long id = fixtures.submitted(account, person, REGION);
        Material material = fixtures.queries().materials(id).get(0);
        WebSession other = staff("clerk130600", "Clerk2025");
        String base = "/staff/applications/" + id;

        assertThat(other.get("/staff/applications").body()).doesNotContain("id=\"application-" + id + "\"");
        assertThat(other.get("/staff/applications?idNumber=" + person.idNumber()).body())
                .doesNotContain("id=\"application-" + id + "\"");
        assertThat(other.get("/staff/applications/all").body()).doesNotContain("id=\"application-" + id + "\"");
        assertThat(other.get("/staff/applications/export.csv").body()).doesNotContain("\r\n" + id + ",");
        HttpResponse<String> detail = other.get(base);
        assertThat(detail.statusCode()).isEqualTo(404);
        assertThat(detail.body()).contains("未找到该业务");
        assertThat(other.get(base + "/materials/" + material.id()).statusCode()).isEqualTo(404);
        assertThat(other.get(base + "/materials/" + material.id() + "?thumb=true").statusCode()).isEqualTo(404);
        assertThat(other.submit("/staff", base + "/claim", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.submit("/staff", base + "/approve", Map.of("note", "ok")).statusCode()).isEqualTo(404);
        assertThat(other.submit("/staff", base + "/reject", Map.of("reasonCode", "DUPLICATE", "reasonText", ""))
                .statusCode()).isEqualTo(404);
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        WebSession own = staff("clerk130200", "Clerk2025");
        assertThat(own.get("/staff/applications?idNumber=" + person.idNumber()).body())
                .contains("id=\"application-" + id + "\"");
        HttpResponse<String> page = own.get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"claim\"", "id=\"approve\"", "id=\"reject\"", "id=\"reasonCode\"",
                "钱经办", "diagnosis.png");
        HttpResponse<String> thumb = own.get(base + "/materials/" + material.id() + "?thumb=true");
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/png"));
    }

    @Test
    void theReviewPageShowsThumbnailsThatLoadAndNamesTheAcceptedTexts() {
        long id = fixtures.draft(account, person, REGION, ApplicationType.CHRONIC_DISEASE, "");
        fixtures.workflow().acceptCommitment(account, id, Commitments.WARM_TIP, Commitments.VERSION);
        fixtures.workflow().acceptCommitment(account, id, Commitments.CONSENT, Commitments.VERSION);
        fixtures.workflow().submit(account, id, AuditTrail.Channel.WEB);
        WebSession own = staff("clerk130200", "Clerk2025");

        String page = own.get("/staff/applications/" + id).body();
        Matcher thumbnail = Pattern.compile("<img src=\"([^\"]+)\"[^>]*class=\"thumb\"").matcher(page);
        assertThat(thumbnail.find()).as("a thumbnail on the review page").isTrue();
        HttpResponse<String> image = own.get(thumbnail.group(1).replace("&amp;", "&"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/png"));
        assertThat(page).contains("温馨提示", "知情同意书").doesNotContain(">WARM_TIP<", ">CONSENT<");
    }

    @Test
    void aClaimByOneClerkIsShownAndAColleagueCannotDecide() {
        long id = fixtures.submitted(account, person, REGION);
        String base = "/staff/applications/" + id;
        WebSession clerk = staff("clerk130200", "Clerk2025");
        HttpResponse<String> claimed = clerk.submit(base, base + "/claim", Map.of());
        assertThat(claimed.uri().getPath()).isEqualTo(base);
        assertThat(claimed.body()).contains("id=\"flash\"", "已领取该业务");
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);

        WebSession admin = staff("admin", "Admin2025");
        HttpResponse<String> refused = admin.submit(base, base + "/approve", Map.of("note", ""));
        assertThat(refused.body()).contains("id=\"flash\"", "该业务已由其他经办人员领取");
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aRejectionWithoutItsReasonChangesNothing() {
        long id = fixtures.submitted(account, person, REGION);
        String base = "/staff/applications/" + id;
        WebSession clerk = staff("clerk130200", "Clerk2025");
        HttpResponse<String> noReason = clerk.submit(base, base + "/reject", Map.of("reasonCode", "", "reasonText", ""));
        assertThat(noReason.body()).contains("请选择驳回原因");
        HttpResponse<String> noText = clerk.submit(base, base + "/reject", Map.of("reasonCode", "OTHER", "reasonText", " "));
        assertThat(noText.body()).contains("选择“其他原因”时请填写具体原因");
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        HttpResponse<String> done = clerk.submit(base, base + "/reject",
                Map.of("reasonCode", "MATERIALS_UNCLEAR", "reasonText", "照片模糊"));
        assertThat(done.body()).contains("已驳回", "材料不清晰：照片模糊", "id=\"application-reason\"");
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void theExportOpensInExcelWithMaskedIdNumbers() {
        long id = fixtures.submitted(account, person, REGION);
        WebSession clerk = staff("clerk130200", "Clerk2025");
        HttpResponse<String> csv = clerk.get("/staff/applications/export.csv?idNumber=" + person.idNumber());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(csv.body()).startsWith("\uFEFF业务编号,业务类型,状态,姓名,证件号码,统筹区,提交时间,办结时间,审核人\r\n");
        assertThat(csv.body()).contains(id + ",门诊慢特病申报,已提交,钱*办,")
                .contains(person.idNumber().substring(0, 4)).doesNotContain(person.idNumber());

        assertThat(clerk.get("/staff/applications/all?review=undecided&idNumber=" + person.idNumber()).body())
                .contains("id=\"application-" + id + "\"");
        assertThat(clerk.get("/staff/applications/all?review=decided&idNumber=" + person.idNumber()).body())
                .doesNotContain("id=\"application-" + id + "\"");
        HttpResponse<String> stats = clerk.get("/staff/applications/stats");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("id=\"stats-CHRONIC_DISEASE-SUBMITTED\"");
    }

    @Test
    void statisticsCountResidentEnrollmentsOfTheClerksRegionByStatus() {
        java.time.OffsetDateTime day = java.time.OffsetDateTime.parse("2001-03-07T10:00:00+08:00");
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        enrollment("130600", "SUBMITTED", day, tag + "1");
        enrollment("130600", "SUBMITTED", day, tag + "2");
        enrollment("130600", "APPROVED", day, tag + "3");
        enrollment("130600", "APPROVED", day.minusDays(1), tag + "4");
        enrollment("130600", "DRAFT", day, tag + "5");
        enrollment("130200", "REJECTED", day, tag + "6");
        WebSession clerk = staff("clerk130600", "Clerk2025");
        String body = clerk.get("/staff/applications/stats?from=2001-03-07&to=2001-03-07").body();
        assertThat(body).contains("id=\"stats-RESIDENT_ENROLLMENT-SUBMITTED\">2<",
                "id=\"stats-RESIDENT_ENROLLMENT-APPROVED\">1<", "id=\"stats-RESIDENT_ENROLLMENT-REJECTED\">0<",
                "id=\"stats-RESIDENT_ENROLLMENT-total\">3<");
    }

    /** An enrollment submitted at the time given (a draft has none), for the statistics. */
    private void enrollment(String region, String status, java.time.OffsetDateTime submitted, String serial) {
        jdbc.sql("""
                insert into insured_enrollment (applicant_account, region_code, id_number, name, phone, category, for_self,
                    status, created_at, submitted_at)
                values (0, ?, ?, '统计', '13900000000', 'ADULT', true, ?, ?, ?)""")
                .params(region, String.format("9%017d", Long.parseLong(serial)), status, submitted,
                        "DRAFT".equals(status) ? null : submitted)
                .update();
    }

    @Test
    void administrationRefusesClerks() {
        WebSession clerk = staff("clerk130600", "Clerk2025");
        assertThat(clerk.get("/staff/admin/rules").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/staff/admin/staff").statusCode()).isEqualTo(403);
        assertThat(clerk.submit("/staff", "/staff/admin/rules", Map.of("regionCode", "130600", "type", "CHRONIC_DISEASE",
                "variant", "*", "autoApprove", "true")).statusCode()).isEqualTo(403);
        assertThat(clerk.submit("/staff", "/staff/admin/staff", Map.of("login", "sneaky1", "displayName", "x",
                "role", "ADMIN", "regionCode", "", "institutionCode", "", "password", "Sneaky2025")).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from service_auto_rule where region_code = '130600' and type = 'CHRONIC_DISEASE'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from identity_staff where login = 'sneaky1'").query(Integer.class).single()).isZero();
        assertThat(clerk.get("/staff").body()).doesNotContain("id=\"staff-admin-staff\"");

        WebSession admin = staff("admin", "Admin2025");
        assertThat(admin.get("/staff/admin/rules").body()).contains("id=\"rule-form\"", "rule-130200-REMOTE_CARE-LONG_TERM");
        assertThat(admin.get("/staff").body()).contains("id=\"staff-admin-staff\"", "id=\"staff-admin-rules\"");
    }

    @Test
    void anAdministratorCreatesAClerkWhoLogsInAndCanBeDisabled() {
        WebSession admin = staff("admin", "Admin2025");
        String login = "clerk" + System.nanoTime() % 1_000_000_000L;
        HttpResponse<String> weak = admin.submit("/staff/admin/staff", "/staff/admin/staff", Map.of("login", login,
                "displayName", "新经办员", "role", "CLERK", "regionCode", "130600", "institutionCode", "",
                "password", "short"));
        assertThat(weak.body()).contains("密码长度应为8到64位");
        HttpResponse<String> noRegion = admin.submit("/staff/admin/staff", "/staff/admin/staff", Map.of("login", login,
                "displayName", "新经办员", "role", "CLERK", "regionCode", "", "institutionCode", "",
                "password", "New2025abc"));
        assertThat(noRegion.body()).contains("经办人员须选择所属统筹区");
        HttpResponse<String> created = admin.submit("/staff/admin/staff", "/staff/admin/staff", Map.of("login", login,
                "displayName", "新经办员", "role", "CLERK", "regionCode", "130600", "institutionCode", "",
                "password", "New2025abc"));
        assertThat(created.body()).contains("id=\"flash\"", "id=\"staff-" + login + "\"");
        HttpResponse<String> twice = admin.submit("/staff/admin/staff", "/staff/admin/staff", Map.of("login", login,
                "displayName", "又一个", "role", "CLERK", "regionCode", "130600", "institutionCode", "",
                "password", "New2025abc"));
        assertThat(twice.body()).contains("该工号已存在");

        WebSession clerk = staff(login, "New2025abc");
        assertThat(clerk.get("/staff").body()).contains("新经办员", "保定市");

        long id = jdbc.sql("select id from identity_staff where login = ?").param(login).query(Long.class).single();
        admin.submit("/staff/admin/staff", "/staff/admin/staff/" + id + "/enabled", Map.of("enabled", "false"));
        HttpResponse<String> refused = new WebSession(port).submit("/staff/login", "/staff/login",
                Map.of("username", login, "password", "New2025abc"));
        assertThat(refused.uri().getPath()).isEqualTo("/staff/login");
        assertThat(clerk.get("/staff").uri().getPath()).as("the disabled clerk's open session ended")
                .isEqualTo("/staff/login");
        assertThat(jdbc.sql("select count(*) from common_audit_record where subject = ? and action = 'STAFF_DISABLED'")
                .param("staff:" + login).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void residentEnrollmentsAreAmongTheRegionsOnlineSubmissions() throws Exception {
        String token = login(registeredPhone("Enrol2025a"), "Enrol2025a");
        String idNumber = TestIds.idNumber("130602", LocalDate.of(1995, 3, 4), true);
        Multipart form = new Multipart().field("regionCode", "130600").field("name", "吴登记").field("idNumber", idNumber)
                .field("phone", "13912340000").field("category", "ADULT")
                .file("idDocument", "id-card.png", "image/png", Multipart.png());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/applications/resident-enrollment")))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .POST(form.body()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        long enrollment = JSON.readTree(r.body()).get("id").asLong();

        WebSession baoding = staff("clerk130600", "Clerk2025");
        String page = baoding.get("/staff/applications/all?type=RESIDENT_ENROLLMENT&review=undecided&idNumber=" + idNumber).body();
        assertThat(page).contains("id=\"enrollment-" + enrollment + "\"", "/staff/enrollments/" + enrollment, "城乡居民参保登记");
        assertThat(baoding.get("/staff/applications/export.csv?type=RESIDENT_ENROLLMENT&idNumber=" + idNumber).body())
                .contains("E" + enrollment + ",城乡居民参保登记,待审核,吴*记,").doesNotContain(idNumber);
        assertThat(staff("clerk130200", "Clerk2025").get("/staff/applications/all?idNumber=" + idNumber).body())
                .doesNotContain("enrollment-" + enrollment);
    }

    @Test
    void anAdministratorSetsAndRemovesARegionsRule() {
        WebSession admin = staff("admin", "Admin2025");
        HttpResponse<String> wrong = admin.submit("/staff/admin/rules", "/staff/admin/rules", Map.of("regionCode", "341100",
                "type", "CHRONIC_DISEASE", "variant", "LONG_TERM", "autoApprove", "true"));
        assertThat(wrong.body()).contains("id=\"flash\"", "该业务类型不支持所选细类");
        HttpResponse<String> saved = admin.submit("/staff/admin/rules", "/staff/admin/rules", Map.of("regionCode", "341100",
                "type", "REMOTE_CARE", "variant", "TEMPORARY", "autoApprove", "true"));
        assertThat(saved.body()).contains("自动审核规则已保存", "id=\"rule-341100-REMOTE_CARE-TEMPORARY\"");
        HttpResponse<String> removed = admin.submit("/staff/admin/rules", "/staff/admin/rules/remove",
                Map.of("regionCode", "341100", "type", "REMOTE_CARE", "variant", "TEMPORARY"));
        assertThat(removed.body()).contains("自动审核规则已删除").doesNotContain("rule-341100-REMOTE_CARE-TEMPORARY");
    }
}
