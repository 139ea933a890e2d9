package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonAccess;
import org.yibao.common.PersonAccess.Action;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: a stranger cannot bind somebody else's child. A binding without the child's face waits (待审核) for the
 * agency of the child's region, grants nothing until then, a child has at most two guardians, those bound are told of
 * a new filing, and the form answers alike whatever the typed number is.
 */
class GuardianshipReviewTests extends FamilyHttpTest {

    @Autowired
    PersonAccess access;

    private WebSession clerk(String login) {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", "Clerk2025"));
        assertThat(r.uri().getPath()).isEqualTo("/staff");
        return web;
    }

    private boolean evoucherActive(Person p) {
        return jdbc.sql("select count(*) from voucher_evoucher where person_id = ? and status = 'ACTIVE'")
                .param(p.id()).query(Long.class).single() > 0;
    }

    private List<String> messageKinds(Citizen c) {
        return get("/api/v1/family/messages", c.token()).body().findValuesAsString("kind");
    }

    private Person child(String name) {
        return person(name, "130200", "390", "1", 9);
    }

    @Test
    void aStrangersBindingOfAChildWaitsForReviewAndGrantsNothing() {
        Citizen stranger = citizen(adult("贾仁义"));
        Person child = child("韩小雪");

        Json added = addFamilyMember(stranger, child, "CHILD");
        assertThat(added.status()).isEqualTo(202);
        assertThat(added.text("status")).isEqualTo("REVIEW");
        assertThat(added.text("note")).contains("待审核", "户口本");
        long id = added.body().get("id").asLong();
        JsonNode listed = get("/api/v1/family/accounts", stranger.token()).body().get(0);
        assertThat(listed.get("status").asString()).isEqualTo("REVIEW");
        assertThat(listed.hasNonNull("personId")).isFalse();

        assertThat(evoucherActive(child)).as("no e-voucher activation before review").isFalse();
        assertThat(get("/api/v1/family/accounts/" + id + "/qrcode", stranger.token()).status()).isEqualTo(404);
        assertThat(get("/api/v1/family/accounts/" + id + "/costs", stranger.token()).status()).isEqualTo(404);
        assertThat(get("/api/v1/family/persons/" + child.id() + "/insurance", stranger.token()).status()).isEqualTo(403);

        Json proxy = bindChildForProxy(stranger, child, "CHILD");
        assertThat(proxy.status()).isEqualTo(202);
        assertThat(proxy.text("status")).isEqualTo("REVIEW");
        for (Action action : Action.values()) {
            assertThat(access.may(stranger.accountId(), action, child.id())).as(action.name()).isFalse();
        }
        assertThat(new WebSession(port).get("/staff/guardianships").uri().getPath()).isEqualTo("/staff/login");
    }

    @Test
    void theChildsRegionApprovesAndOnlyThenTheBindingActsAndTheEvoucherIsActivated() {
        Citizen parent = citizen(adult("韩立军"));
        Person child = child("韩小军");
        long id = addFamilyMember(parent, child, "CHILD").body().get("id").asLong();
        String page = "/staff/guardianships/account/" + id;

        WebSession other = clerk("clerk130600");
        assertThat(other.get("/staff/guardianships").body()).doesNotContain("guardian-FAMILY_ACCOUNT-" + id);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        assertThat(other.submit("/staff", page + "/approve", Map.of()).statusCode()).isEqualTo(404);
        assertThat(evoucherActive(child)).isFalse();

        WebSession admin = new WebSession(port);
        admin.submit("/staff/login", "/staff/login", Map.of("username", "admin", "password", "Admin2025"));
        assertThat(admin.get("/staff/guardianships").body()).contains("guardian-FAMILY_ACCOUNT-" + id);
        WebSession clerk = clerk("clerk130200");
        assertThat(clerk.get("/staff/guardianships").body()).contains("guardian-FAMILY_ACCOUNT-" + id);
        String detail = clerk.get(page).body();
        assertThat(detail).contains("guardian-materials", "/materials/", child.idNumber());
        HttpResponse<String> approved = clerk.submit(page, page + "/approve", Map.of());
        assertThat(approved.body()).contains("已审核通过");

        assertThat(get("/api/v1/family/accounts/" + id, parent.token()).text("status")).isEqualTo("ACTIVE");
        assertThat(evoucherActive(child)).isTrue();
        assertThat(get("/api/v1/family/accounts/" + id + "/qrcode", parent.token()).status()).isEqualTo(200);
        assertThat(get("/api/v1/family/persons/" + child.id() + "/insurance", parent.token()).status()).isEqualTo(200);
        assertThat(messageKinds(parent)).containsExactly("GUARDIAN_APPROVED");
        assertThat(clerk.submit("/staff", page + "/approve", Map.of()).body()).contains("该绑定已审核");
    }

    @Test
    void aRejectionNeedsAListedReasonEndsTheFilingAndTellsTheBinder() {
        Citizen stranger = citizen(adult("贾仁德"));
        Person child = child("冯小溪");
        long id = bindChildForProxy(stranger, child, "CHILD").body().get("id").asLong();
        String page = "/staff/guardianships/proxy/" + id;
        WebSession clerk = clerk("clerk130200");

        assertThat(clerk.submit(page, page + "/reject", Map.of("reasonCode", "NOT_A_REASON")).body()).contains("请选择驳回原因");
        assertThat(clerk.submit(page, page + "/reject", Map.of("reasonCode", "OTHER")).body()).contains("其他原因");
        assertThat(get("/api/v1/family/proxy", stranger.token()).body().get(0).get("status").asString()).isEqualTo("REVIEW");

        assertThat(clerk.submit(page, page + "/reject", Map.of("reasonCode", "NOT_GUARDIAN", "reasonText", "户口本无监护关系"))
                .body()).contains("已驳回");
        assertThat(get("/api/v1/family/proxy", stranger.token()).body()).isEmpty();
        JsonNode message = get("/api/v1/family/messages", stranger.token()).body().get(0);
        assertThat(message.get("kind").asString()).isEqualTo("GUARDIAN_REJECTED");
        assertThat(message.get("text").asString()).contains("材料不能证明监护关系", "户口本无监护关系");
        assertThat(access.may(stranger.accountId(), Action.VIEW_INSURANCE, child.id())).isFalse();
    }

    @Test
    void refusesAThirdGuardianWhileTwoAreBoundAndTellsTheBoundOnes() {
        Person child = child("卫小禾");
        Citizen mother = citizen(adult("卫春兰"));
        Citizen father = citizen(adult("卫国平"));
        household(mother, child);
        household(father, child);
        assertThat(addFamilyMember(mother, child, "CHILD").text("status")).isEqualTo("ACTIVE");
        Citizen stranger = citizen(adult("贾仁和"));
        long waiting = addFamilyMember(stranger, child, "CHILD").body().get("id").asLong();
        assertThat(messageKinds(mother)).containsExactly("GUARDIAN_NEW_BINDER");
        assertThat(bindChildForProxy(father, child, "CHILD").text("status")).isEqualTo("ACTIVE");
        assertThat(messageKinds(mother)).hasSize(2);

        Json third = addFamilyMember(citizen(adult("贾仁礼")), child, "CHILD");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.text("code")).isEqualTo("FAMILY_GUARDIAN_LIMIT");
        Json thirdProxy = bindChildForProxy(citizen(adult("贾仁智")), child, "CHILD");
        assertThat(thirdProxy.text("code")).isEqualTo("FAMILY_GUARDIAN_LIMIT");

        String page = "/staff/guardianships/account/" + waiting;
        WebSession clerk = clerk("clerk130200");
        assertThat(clerk.submit(page, page + "/approve", Map.of()).body()).contains("已由2名监护人绑定");
        assertThat(get("/api/v1/family/accounts/" + waiting, stranger.token()).status()).isEqualTo(404);
        assertThat(evoucherActive(child)).as("the mother's binding activated it").isTrue();
        assertThat(access.may(stranger.accountId(), Action.SHOW_QR, child.id())).isFalse();
    }

    @Test
    void threeGuardiansFilingAtOnceBindOnlyTwo() throws Exception {
        Person child = child("卫小川");
        List<Citizen> parents = List.of(citizen(adult("卫一")), citizen(adult("卫二")), citizen(adult("卫三")));
        parents.forEach(p -> household(p, child));
        List<java.util.concurrent.Callable<Json>> filings = parents.stream()
                .<java.util.concurrent.Callable<Json>>map(p -> () -> addFamilyMember(p, child, "CHILD")).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            for (var f : pool.invokeAll(filings)) {
                statuses.add(f.get().status());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 409);
        long active = jdbc.sql("select count(*) from family_account_member where member_person = ? and status = 'ACTIVE'")
                .param(child.id()).query(Long.class).single();
        assertThat(active).isEqualTo(2);
    }

    @Test
    void answersTheSameForAnUninsuredNumberAndAWrongNameUntilReview() {
        Citizen stranger = citizen(adult("贾仁信"));
        Person child = child("蒋小雨");
        String uninsured = TestIds.idNumber("130202", LocalDate.now().minusYears(7), false);
        List<Json> answers = List.of(addFamilyMember(stranger, child, "CHILD"),
                addFamilyMember(stranger, new Person(0, child.name(), uninsured), "CHILD"),
                addFamilyMember(citizen(adult("贾仁勇")), new Person(child.id(), "蒋小云", child.idNumber()), "CHILD"));
        for (Json a : answers) {
            assertThat(a.status()).isEqualTo(202);
            assertThat(a.text("status")).isEqualTo("REVIEW");
            assertThat(a.text("note")).isEqualTo(answers.get(0).text("note"));
            assertThat(a.body().propertyNames()).containsExactlyElementsOf(answers.get(0).body().propertyNames());
        }
        List<JsonNode> listed = List.of(get("/api/v1/family/accounts", stranger.token()).body().get(0),
                get("/api/v1/family/accounts", stranger.token()).body().get(1));
        assertThat(listed).allSatisfy(m -> assertThat(m.hasNonNull("personId")).isFalse());

        WebSession clerk = clerk("clerk130200");
        String wrongName = "/staff/guardianships/account/" + answers.get(2).body().get("id").asLong();
        assertThat(clerk.get(wrongName).body()).contains("guardian-name-mismatch");
        assertThat(clerk.submit(wrongName, wrongName + "/approve", Map.of()).body()).contains("不能通过审核");
        String unknown = "/staff/guardianships/account/" + answers.get(1).body().get("id").asLong();
        assertThat(clerk.get(unknown).body()).contains("guardian-not-insured");
    }
}
