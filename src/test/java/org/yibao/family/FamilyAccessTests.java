package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonAccess;
import org.yibao.common.PersonAccess.Action;
import org.yibao.support.WebSession;

/**
 * The one authorization answer per binding type, and no page or API letting a citizen see or act for a person
 * they are not bound to: one test per route, each tried by a stranger with the real owner's identifiers.
 */
class FamilyAccessTests extends FamilyHttpTest {

    @Autowired
    PersonAccess access;

    /** A child the demo household register lists as the citizen's, so that the binding is in effect at once. */
    private Json bindProxy(Citizen c, Person p) {
        household(c, p);
        return bindChildForProxy(c, p, "CHILD");
    }

    private Json addOwnChild(Citizen c, Person p) {
        household(c, p);
        return addFamilyMember(c, p, "CHILD");
    }

    @Test
    void personAccessAnswersPerBindingType() {
        Citizen owner = employee("曹国栋");
        Person accountChild = person("曹小一", "130200", "390", "1", 7);
        Person proxyChild = person("曹小二", "130200", "390", "1", 5);
        Person aidChild = person("曹小三", "130200", "390", "1", 3);
        addOwnChild(owner, accountChild);
        bindProxy(owner, proxyChild);
        post("/api/v1/family/mutual-aid", Map.of("name", aidChild.name(), "idNumber", aidChild.idNumber(),
                "relationship", "CHILD", "signaturePng", MutualAidApiTests.signature()), owner.token());
        long a = owner.accountId();

        for (Action action : Action.values()) {
            assertThat(access.may(a, action, owner.person().id())).as("self: " + action).isTrue();
            assertThat(access.may(a, action, aidChild.id())).as("共济 grants no acting: " + action).isFalse();
        }
        assertThat(access.may(a, Action.SHOW_QR, accountChild.id())).isTrue();
        assertThat(access.may(a, Action.VIEW_COSTS, accountChild.id())).isTrue();
        assertThat(access.may(a, Action.VIEW_INSURANCE, accountChild.id())).isTrue();
        assertThat(access.may(a, Action.ENROLL, accountChild.id())).isFalse();
        assertThat(access.may(a, Action.REMOTE_CARE, accountChild.id())).isFalse();
        assertThat(access.may(a, Action.VIEW_INSURANCE, proxyChild.id())).isTrue();
        assertThat(access.may(a, Action.ENROLL, proxyChild.id())).isTrue();
        assertThat(access.may(a, Action.REMOTE_CARE, proxyChild.id())).isTrue();
        assertThat(access.may(a, Action.SHOW_QR, proxyChild.id())).isFalse();
        assertThat(access.may(a, Action.VIEW_COSTS, proxyChild.id())).isFalse();
        assertThat(access.personsFor(a, Action.VIEW_INSURANCE)).containsExactlyInAnyOrder(accountChild.id(), proxyChild.id());
        assertThat(access.personsFor(a, Action.ENROLL)).containsExactly(proxyChild.id());
        assertThat(access.personsFor(a, Action.SHOW_QR)).containsExactly(accountChild.id());
    }

    @TestFactory
    Stream<DynamicTest> noRouteLetsAStrangerSeeOrActForAnotherFamilysMember() {
        Citizen owner = employee("陶文涛");
        Person child = person("陶小涛", "130200", "390", "1", 8);
        Person kid = person("陶小波", "130200", "390", "1", 6);
        Person wife = person("严丽萍", "130200", "390", "1", 40);
        long member = addOwnChild(owner, child).body().get("id").asLong();
        long proxy = bindProxy(owner, kid).body().get("id").asLong();
        long aid = post("/api/v1/family/mutual-aid", Map.of("name", wife.name(), "idNumber", wife.idNumber(),
                "relationship", "SPOUSE", "signaturePng", MutualAidApiTests.signature()), owner.token()).body().get("id").asLong();

        Citizen stranger = employee("金大胆");
        String phone = jdbc.sql("select phone from identity_account where id = ?").param(stranger.accountId()).query(String.class).single();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));

        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("/api/v1/family/accounts/" + member, "/api/v1/family/accounts/" + member + "/qrcode",
                "/api/v1/family/accounts/" + member + "/costs", "/api/v1/family/proxy/" + proxy,
                "/api/v1/family/persons/" + child.id() + "/insurance", "/api/v1/family/persons/" + kid.id() + "/insurance")) {
            tests.add(DynamicTest.dynamicTest("GET " + path, () -> assertThat(get(path, stranger.token()).status()).isIn(403, 404)));
        }
        for (String path : List.of("/api/v1/family/accounts/" + member + "/face", "/api/v1/family/proxy/" + proxy + "/face")) {
            tests.add(DynamicTest.dynamicTest("POST " + path, () -> assertThat(post(path, Map.of("faceVerification", "x"),
                    stranger.token()).status()).isIn(403, 404)));
        }
        for (String path : List.of("/api/v1/family/accounts/" + member, "/api/v1/family/proxy/" + proxy,
                "/api/v1/family/mutual-aid/" + aid)) {
            tests.add(DynamicTest.dynamicTest("DELETE " + path, () -> assertThat(delete(path, stranger.token()).status()).isIn(403, 404)));
        }
        for (String path : List.of("/services/family-accounts/" + member, "/services/family-accounts/" + member + "/qrcode",
                "/services/family-accounts/" + member + "/costs", "/services/family-accounts/" + member + "/insurance",
                "/services/family-accounts/" + member + "/face", "/services/proxy/" + proxy,
                "/services/proxy/" + proxy + "/insurance", "/services/proxy/" + proxy + "/face",
                "/services/mutual-aid/" + aid, "/services/mutual-aid/" + aid + "/signature")) {
            tests.add(DynamicTest.dynamicTest("GET " + path, () -> {
                HttpResponse<String> r = web.get(path);
                assertThat(r.statusCode()).isIn(403, 404);
                assertThat(r.body()).doesNotContain("陶*涛", "陶*波", "严*萍");
            }));
        }
        for (String path : List.of("/services/family-accounts/" + member + "/remove", "/services/proxy/" + proxy + "/unbind",
                "/services/mutual-aid/" + aid + "/unbind")) {
            tests.add(DynamicTest.dynamicTest("POST " + path, () ->
                    assertThat(web.submit("/services/family-accounts", path, Map.of()).statusCode()).isIn(403, 404)));
            tests.add(DynamicTest.dynamicTest("POST " + path + " confirmed", () -> assertThat(web.submit("/services/family-accounts",
                    path, Map.of("confirmed", "yes")).statusCode()).isIn(403, 404)));
        }
        tests.add(DynamicTest.dynamicTest("the owner's bindings are intact", () -> {
            assertThat(get("/api/v1/family/accounts", owner.token()).body()).hasSize(1);
            assertThat(get("/api/v1/family/proxy", owner.token()).body()).hasSize(1);
            assertThat(get("/api/v1/family/mutual-aid", owner.token()).body().get("beneficiaries")).hasSize(1);
        }));
        return tests.stream();
    }
}
