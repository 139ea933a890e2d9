package org.yibao.service.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;

/** The citizen REST API and the pages without JavaScript: file, list, revoke; nobody revokes another person. */
class RemoteCareApiTests extends RemoteCareTestSupport {

    @Test
    void aCitizenFilesForHimselfSeesTheResultAndRevokesIt() {
        TestPerson p = insuredPerson("鹰潭接口", "360600", "246810", null);
        String token = citizenOf(p);

        Json filed = post("/api/v1/applications/remote-care",
                body("TEMPORARY", "SELF_REFERRAL", "440000", "440100", today(), p.name()), token);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("APPROVED");
        assertThat(filed.text("endDate")).isEqualTo(today().plusMonths(12).minusDays(1).toString());
        long filingId = filed.body().get("filingId").asLong();

        Json list = get("/api/v1/remote-care/filings", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("state").asString()).isEqualTo("ACTIVE");
        assertThat(list.body().get(0).get("destination").asString()).isEqualTo("广东省广州市");

        Json again = post("/api/v1/applications/remote-care",
                body("TEMPORARY", "SELF_REFERRAL", "310000", "310000", today(), p.name()), token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("REMOTE_ALREADY_FILED");

        Json revoked = post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), token);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("state")).isEqualTo("REVOKED");
    }

    @Test
    void aCitizenCannotRevokeAnotherPersonsFiling() {
        TestPerson owner = insuredPerson("鹰潭本人", "360600", "246810", null);
        TestPerson stranger = insuredPerson("鹰潭他人", "360600", "246810", null);
        String ownerToken = citizenOf(owner);
        String strangerToken = citizenOf(stranger);
        Json filed = post("/api/v1/applications/remote-care",
                body("TEMPORARY", "OTHER_TEMPORARY", "440000", "440100", today(), owner.name()), ownerToken);
        long filingId = filed.body().get("filingId").asLong();

        Json refused = post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), strangerToken);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(get("/api/v1/remote-care/filings", strangerToken).body().size()).isZero();
        assertThat(jdbc.sql("select status from service_remote_filing where id = ?").param(filingId)
                .query(String.class).single()).isEqualTo("ACTIVE");

        assertThat(post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), ownerToken).status()).isEqualTo(200);
    }

    @Test
    void anotherPersonIsFiledForAfterTheirEvoucherPasswordAndAWrongPasswordFilesNothing() {
        TestPerson applicant = insuredPerson("申请人", "360600", "246810", null);
        TestPerson other = insuredPerson("被备案人", "360600", "246810", "135790");
        String token = citizenOf(applicant);
        Map<String, Object> wrong = new HashMap<>(body("TEMPORARY", "OTHER_TEMPORARY", "440000", "440100", today(),
                applicant.name()));
        wrong.put("other", Map.of("idNumber", other.idNumber(), "phone", "13912345678", "evoucherPassword", "000000"));
        Json refused = post("/api/v1/applications/remote-care", wrong, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("SERVICE_OTHER_PASSWORD_WRONG");
        assertThat(applicationsOf(other.id())).isZero();

        Map<String, Object> right = new HashMap<>(wrong);
        right.put("other", Map.of("idNumber", other.idNumber(), "phone", "13912345678", "evoucherPassword", "135790"));
        Json filed = post("/api/v1/applications/remote-care", right, token);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("APPROVED");
        Json list = get("/api/v1/remote-care/filings", token);
        assertThat(list.body().get(0).get("personName").asString()).startsWith("被").endsWith("人").contains("*");
        post("/api/v1/remote-care/filings/" + filed.body().get("filingId").asLong() + "/revoke", Map.of(), token);
    }

    @Test
    void bothApiAndPagesWithoutJavascriptTellHebeiInsuredThatBeijingNeedsNoFiling() {
        TestPerson p = insuredPerson("唐山北京", "130200", "246810", null);
        String phone = phoneOf(p);
        String token = login(phone, "Secret2025");
        Json refused = post("/api/v1/applications/remote-care",
                body("TEMPORARY", "OTHER_TEMPORARY", "110000", "110000", today(), p.name()), token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("REMOTE_EXEMPT");

        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        String form = "/services/remote-care/form?person=" + p.id() + "&kind=TEMPORARY";
        String page = web.submit(form, "/services/remote-care/form?person=" + p.id(), Map.of("kind", "TEMPORARY", "provinceCode", "110000", "action", "pick")).body();
        assertThat(page).contains("无需办理备案", "自2023年2月10日起，河北省参保群众赴京津两地看病就医，无需办理备案手续")
                .doesNotContain("id=\"remote-next\"");
        String next = web.submit(form, "/services/remote-care/form?person=" + p.id(), Map.of("kind", "TEMPORARY", "provinceCode", "110000", "cityCode", "110000",
                "category", "OTHER_TEMPORARY", "startDate", today().toString(), "phone", "13912345678",
                "contactName", "联系人", "contactPhone", "13912345679", "contactAddress", "示范路", "action", "next")).body();
        assertThat(next).contains("无需办理备案");
        assertThat(applicationsOf(p.id())).isZero();
    }

    @Test
    void pagesWithoutJavascriptListTheCitiesOfTheChosenProvince() {
        TestPerson p = insuredPerson("鹰潭页面", "360600", "246810", null);
        String phone = phoneOf(p);
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(web.get("/services/remote-care").body()).contains("备案人管理", "使用流程", "备案结果查询", "filer-" + p.id());
        String form = "/services/remote-care/form?person=" + p.id() + "&kind=TEMPORARY";
        String page = web.submit(form, "/services/remote-care/form?person=" + p.id(), Map.of("kind", "TEMPORARY", "provinceCode", "440000", "action", "pick")).body();
        assertThat(page).contains("广州市", "深圳市", "id=\"remote-next\"");
        assertThat(web.get("/services/remote-care/filings").body()).contains("暂无备案记录");
    }

    @Test
    void aDraftIsContinuedAtItsStepInANewSessionAndLeadsToProgressOnceSubmitted() {
        TestPerson p = insuredPerson("鹰潭草稿", "360600", "246810", null);
        String phone = phoneOf(p);
        WebSession first = new WebSession(port);
        first.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        String form = "/services/remote-care/form?person=" + p.id() + "&kind=TEMPORARY";
        String next = first.submit(form, "/services/remote-care/form?person=" + p.id(), Map.of("kind", "TEMPORARY", "provinceCode", "440000", "cityCode", "440100",
                "category", "OTHER_TEMPORARY", "startDate", today().toString(), "phone", "13912345678",
                "contactName", "联系人", "contactPhone", "13912345679", "contactAddress", "示范路", "action", "next")).body();
        assertThat(next).as(next).contains("remote-commitment-form");
        long id = jdbc.sql("select id from service_application where person_id = ? and status = 'DRAFT'").param(p.id())
                .query(Long.class).single();

        WebSession later = new WebSession(port);
        later.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        String draft = "/services/remote-care/applications/" + id;
        assertThat(later.get(draft).body()).contains("个人承诺书", "remote-commitment-form");
        assertThat(later.submit(draft, draft + "/commitment", Map.of("signature", "别人", "agreed", "true")).body())
                .contains("签名须为办理人或备案人本人的姓名");
        assertThat(later.submit(draft, draft + "/commitment", Map.of("signature", p.name(), "agreed", "true")).body())
                .contains("确认信息并提交", "广东省广州市");
        String result = later.submit(draft + "?step=confirm", draft + "/submit", Map.of()).body();
        assertThat(result).contains("备案成功");
        assertThat(later.get(draft).uri().getPath()).isEqualTo("/applications/" + id);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void aProxyRevokesTheFilingOfTheirMemberThatTheMemberMadeAndAStrangerCannot() {
        TestPerson member = insuredPerson("鹰潭成员", "360600", "246810", null);
        String memberToken = citizenOf(member);
        Json filed = post("/api/v1/applications/remote-care",
                body("TEMPORARY", "OTHER_TEMPORARY", "440000", "440100", today(), member.name()), memberToken);
        long filingId = filed.body().get("filingId").asLong();

        TestPerson proxy = insuredPerson("鹰潭代办", "360600", "246810", null);
        String proxyPhone = phoneOf(proxy);
        long proxyAccount = jdbc.sql("select id from identity_account where phone = ?").param(proxyPhone)
                .query(Long.class).single();
        String proxyToken = login(proxyPhone, "Secret2025");
        TestPerson stranger = insuredPerson("鹰潭路人", "360600", "246810", null);
        assertThat(post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), citizenOf(stranger)).status())
                .isEqualTo(404);
        assertThat(post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), proxyToken).status())
                .as("not bound yet").isEqualTo(404);

        jdbc.sql("""
                insert into family_proxy_member (proxy_account, member_person, relationship, route, status,
                    commitment_accepted, created_at, bound_at) values (?, ?, 'GRANDCHILD', 'ID_CARD', 'ACTIVE', true, now(), now())""")
                .params(proxyAccount, member.id()).update();
        Json list = get("/api/v1/remote-care/filings", proxyToken);
        assertThat(list.body().get(0).get("revocable").asBoolean()).isTrue();
        Json revoked = post("/api/v1/remote-care/filings/" + filingId + "/revoke", Map.of(), proxyToken);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("state")).isEqualTo("REVOKED");
    }
}
