package org.yibao.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.Material;
import org.yibao.service.ServiceMessages;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** 办件进度 over the pages and the REST API: own applications only, tabs, detail, cancel; the home page's count. */
class ProgressRouteTests extends YibaoHttpTest {

    private static final String REGION = "130600";
    private static final String PASSWORD = "Progress2025";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ServiceMessages messages;

    private OfficeFixtures fixtures;
    private TestPerson person;
    private String phone;
    private long account;

    @BeforeEach
    void applicant() {
        fixtures = new OfficeFixtures(context);
        person = insuredPerson("孙进度", REGION, "246810", null);
        phone = registeredPhone(PASSWORD);
        account = OfficeFixtures.linkedAccount(jdbc, phone, person.id());
    }

    private WebSession citizen(String username) {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(r.uri().getPath()).isNotEqualTo("/login");
        return web;
    }

    private String stranger() {
        return registeredPhone(PASSWORD);
    }

    @Test
    void anotherCitizenCannotReadOrTouchTheApplication() {
        long id = fixtures.submitted(account, person, REGION);
        Material material = fixtures.queries().materials(id).get(0);
        String otherPhone = stranger();
        WebSession other = citizen(otherPhone);

        assertThat(other.get("/applications").body()).doesNotContain("id=\"application-" + id + "\"");
        HttpResponse<String> page = other.get("/applications/" + id);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到该业务，或您无权查看");
        assertThat(other.get("/applications/" + id + "/materials/" + material.id()).statusCode()).isEqualTo(404);
        assertThat(other.submit("/", "/applications/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.submit("/", "/applications/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.submit("/", "/applications/" + id + "/cancel", Map.of("confirmed", "yes")).statusCode()).isEqualTo(404);

        String token = login(otherPhone, PASSWORD);
        Json one = get("/api/v1/applications/" + id, token);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.text("code")).isEqualTo("SERVICE_NOT_FOUND");
        assertThat(post("/api/v1/applications/" + id + "/cancel", "", token).status()).isEqualTo(404);
        assertThat(post("/api/v1/applications/" + id + "/revoke", "", token).status()).isEqualTo(404);
        assertThat(get("/api/v1/applications", token).body().size()).isZero();
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theApplicantFollowsTabsDetailAndCancels() {
        long open = fixtures.submitted(account, person, REGION);
        long rejected = fixtures.submitted(account, person, REGION);
        fixtures.workflow().reject(new Applications.StaffActor("clerk130600", REGION), rejected, "MATERIALS_UNCLEAR", "请上传清晰的诊断证明");
        WebSession web = citizen(phone);

        assertThat(web.get("/").body()).contains("id=\"my-applications-count\">1<", "id=\"service-messages\"");
        assertThat(web.get("/applications?tab=progress").body()).contains("id=\"application-" + open + "\"")
                .doesNotContain("id=\"application-" + rejected + "\"");
        assertThat(web.get("/applications?tab=done").body()).contains("id=\"application-" + rejected + "\"")
                .doesNotContain("id=\"application-" + open + "\"");
        assertThat(web.get("/applications?type=REMOTE_CARE").body()).doesNotContain("id=\"application-" + open + "\"");

        HttpResponse<String> detail = web.get("/applications/" + rejected);
        assertThat(detail.body()).contains("id=\"application-status\"", "已驳回", "id=\"application-reason\"",
                "材料不清晰：请上传清晰的诊断证明", "id=\"application-history\"", "医保经办机构", "diagnosis.png")
                .doesNotContain("id=\"application-cancel\"");
        assertThat(messages.latest(account, 10)).filteredOn(m -> m.applicationId() == rejected)
                .allMatch(ServiceMessages.Message::read);

        assertThat(web.get("/applications/" + open).body()).contains("id=\"application-cancel\"");
        long material = fixtures.queries().materials(open).get(0).id();
        HttpResponse<String> file = web.get("/applications/" + open + "/materials/" + material);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/png"));
        HttpResponse<String> asked = web.submit("/applications/" + open, "/applications/" + open + "/cancel", Map.of());
        assertThat(asked.body()).contains("取消业务申请", "门诊慢特病申报（业务编号 " + open + "）", "id=\"confirm-yes\"");
        assertThat(fixtures.find(open).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        HttpResponse<String> cancelled = web.submit("/applications/" + open, "/applications/" + open + "/cancel",
                Map.of("confirmed", "yes"));
        assertThat(cancelled.body()).contains("id=\"flash\"", "已取消");
        assertThat(fixtures.find(open).status()).isEqualTo(ApplicationStatus.CANCELLED);
        HttpResponse<String> again = web.submit("/", "/applications/" + open + "/cancel", Map.of());
        assertThat(again.body()).contains("该业务已办结，不能取消");

        web.submit("/", "/messages/read-all", Map.of());
        assertThat(messages.unread(account)).isZero();
        assertThat(web.get("/").body()).contains("id=\"my-applications-count\">0<");
    }

    @Test
    void theApiListsByStatusGroupAndShowsOneWithItsHistory() {
        long open = fixtures.submitted(account, person, REGION);
        String token = login(phone, PASSWORD);

        Json inProgress = get("/api/v1/applications?status=IN_PROGRESS", token);
        assertThat(inProgress.status()).isEqualTo(200);
        assertThat(inProgress.body().get(0).get("id").asLong()).isEqualTo(open);
        assertThat(inProgress.body().get(0).get("idNumber").asString()).doesNotContain(person.idNumber().substring(6, 14));
        assertThat(get("/api/v1/applications?status=COMPLETED", token).body().size()).isZero();
        assertThat(get("/api/v1/applications?type=" + ApplicationType.REMOTE_CARE.name(), token).body().size()).isZero();
        Json bad = get("/api/v1/applications?status=WHATEVER", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("code")).isEqualTo("OFFICE_STATUS_UNKNOWN");

        Json one = get("/api/v1/applications/" + open, token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("history").size()).isEqualTo(2);
        assertThat(one.body().get("materials").get(0).get("fileName").asString()).isEqualTo("diagnosis.png");
        assertThat(one.body().get("cancellable").asBoolean()).isTrue();

        Json cancelled = post("/api/v1/applications/" + open + "/cancel", "", token);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("application").get("status").asString()).isEqualTo("CANCELLED");
        Json again = post("/api/v1/applications/" + open + "/cancel", "", token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("SERVICE_NOT_CANCELLABLE");
    }

    @Test
    void thePersonSeesWhatARelativeFiledForThemButCannotCancelIt() {
        String relativePhone = stranger();
        long relative = jdbc.sql("select id from identity_account where phone = ?").param(relativePhone)
                .query(Long.class).single();
        long id = fixtures.submitted(relative, person, REGION);
        WebSession web = citizen(phone);
        HttpResponse<String> detail = web.get("/applications/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("id=\"application-status\"").doesNotContain("id=\"application-cancel\"")
                .doesNotContain("id=\"material-");
        long material = fixtures.queries().materials(id).get(0).id();
        assertThat(web.get("/applications/" + id + "/materials/" + material).statusCode()).isEqualTo(404);
    }
}
