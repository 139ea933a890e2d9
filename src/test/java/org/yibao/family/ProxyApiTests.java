package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** 亲情代办 over the citizen API (seed 003): two binding routes, 参保信息 of a member, independence of bindings. */
class ProxyApiTests extends FamilyHttpTest {

    private Json bind(Citizen c, Person p, String relationship, String route, boolean commitment) {
        return post("/api/v1/family/proxy", Map.of("name", p.name(), "idNumber", p.idNumber(), "relationship", relationship,
                "route", route, "commitmentAccepted", commitment), c.token());
    }

    @Test
    void aMemberOf16OrMoreMustTakeTheIdCardRoute() {
        Citizen c = citizen(adult("秦明亮"));
        Person teen = person("秦小亮", "130200", "390", "1", 16);
        Json r = bind(c, teen, "CHILD", "NO_ID_CARD", true);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("PROXY_ADULT_NEEDS_ID_CARD");
        assertThat(get("/api/v1/family/proxy", c.token()).body()).isEmpty();
    }

    @Test
    void aChildWithoutIdCardNeedsTheCommitmentAndTheHouseholdRegisterAndBindsOnceTheGuardianIsConfirmed() {
        Citizen c = citizen(adult("尤春燕"));
        Person child = person("尤小燕", "130200", "390", "1", 6);
        household(c, child);
        assertThat(bind(c, child, "CHILD", "NO_ID_CARD", false).text("code")).isEqualTo("PROXY_COMMITMENT_REQUIRED");
        Json tickOnly = bind(c, child, "CHILD", "NO_ID_CARD", true);
        assertThat(tickOnly.status()).isEqualTo(400);
        assertThat(tickOnly.body().toString()).contains("FAMILY_HOUSEHOLD_REGISTER_REQUIRED");
        assertThat(get("/api/v1/family/proxy", c.token()).body()).isEmpty();
        Json ok = bindChildForProxy(c, child, "CHILD");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theIdCardRouteBindsANonRelativeAfterFaceAndShowsTheirInsurance() {
        Citizen c = citizen(adult("许志诚"));
        Person neighbour = person("何阿婆", "360600", "390", "1", 82);
        assertThat(get("/api/v1/family/persons/" + neighbour.id() + "/insurance", c.token()).status()).isEqualTo(403);
        Json pending = bind(c, neighbour, "NON_RELATIVE", "ID_CARD", false);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(get("/api/v1/family/persons/" + neighbour.id() + "/insurance", c.token()).status())
                .as("pending until the face passed").isEqualTo(403);
        long id = pending.body().get("id").asLong();
        assertThat(passFace(c, pending.text("facePath"), "/api/v1/family/proxy/" + id + "/face").status()).isEqualTo(200);
        Json insurance = get("/api/v1/family/persons/" + neighbour.id() + "/insurance", c.token());
        assertThat(insurance.status()).isEqualTo(200);
        assertThat(insurance.text("name")).isEqualTo("何*婆");
        assertThat(insurance.body().get("periods").get(0).get("regionCode").asString()).isEqualTo("360600");
        long audits = jdbc.sql("select count(*) from common_audit_record where actor = ? and subject = ? and action = ?")
                .params("account:" + c.accountId(), "person:" + neighbour.id(), "ACT_FOR_VIEW_INSURANCE")
                .query(Long.class).single();
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void bindingForProxyCreatesNoOtherBinding() {
        Citizen c = employee("吕振华");
        Person mother = person("吕老太", "130200", "390", "1", 70);
        Json pending = bind(c, mother, "PARENT", "ID_CARD", false);
        passFace(c, pending.text("facePath"), "/api/v1/family/proxy/" + pending.body().get("id").asLong() + "/face");
        assertThat(get("/api/v1/family/accounts", c.token()).body()).isEmpty();
        assertThat(get("/api/v1/family/mutual-aid", c.token()).body().get("beneficiaries")).isEmpty();
        assertThat(get("/api/v1/family/proxy", c.token()).body()).hasSize(1);
    }

    @Test
    void unbindingEndsTheRight() {
        Citizen c = citizen(adult("施永康"));
        Person child = person("施小康", "130200", "390", "1", 4);
        household(c, child);
        long id = bindChildForProxy(c, child, "CHILD").body().get("id").asLong();
        assertThat(get("/api/v1/family/persons/" + child.id() + "/insurance", c.token()).status()).isEqualTo(200);
        assertThat(delete("/api/v1/family/proxy/" + id, c.token()).status()).isEqualTo(204);
        assertThat(get("/api/v1/family/persons/" + child.id() + "/insurance", c.token()).status()).isEqualTo(403);
    }
}
