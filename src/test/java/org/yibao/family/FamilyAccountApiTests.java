package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 亲情账户 over the citizen API (seed 004 §03). */
class FamilyAccountApiTests extends FamilyHttpTest {

    @Test
    void aMemberUnder16ConfirmedByTheGuardianshipCheckNeedsNoFaceAndOneOver16BindsOnlyAfterFace() {
        Citizen owner = citizen(adult("周建华"));
        Person child = person("周小雨", "130200", "390", "1", 10);
        Person father = person("周德福", "130200", "310", "1", 75);
        household(owner, child);

        Json kid = addFamilyMember(owner, child, "CHILD");
        assertThat(kid.status()).isEqualTo(201);
        assertThat(kid.text("status")).isEqualTo("ACTIVE");

        Json dad = addFamilyMember(owner, father, "PARENT");
        assertThat(dad.status()).isEqualTo(202);
        assertThat(dad.text("status")).isEqualTo("PENDING");
        assertThat(dad.text("facePath")).startsWith("/face/");
        assertThat(get("/api/v1/family/accounts", owner.token()).body().findValuesAsString("name")).containsExactly("周*雨");

        long id = dad.body().get("id").asLong();
        Json wrongFace = post("/api/v1/family/accounts/" + id + "/face", java.util.Map.of("faceVerification", "nope"), owner.token());
        assertThat(wrongFace.text("code")).isEqualTo("FAMILY_FACE_FAILED");
        Json bound = passFace(owner, dad.text("facePath"), "/api/v1/family/accounts/" + id + "/face");
        assertThat(bound.status()).isEqualTo(200);
        assertThat(bound.body().get("faceVerified").asBoolean()).isTrue();
        assertThat(get("/api/v1/family/accounts", owner.token()).body().findValuesAsString("name"))
                .containsExactly("周*雨", "周*福");
    }

    @Test
    void refusesASixthMemberCountingThoseUnderReview() {
        Citizen owner = citizen(adult("郑国强"));
        for (int i = 0; i < 5; i++) {
            Json added = addFamilyMember(owner, person("郑小" + "一二三四五".charAt(i), "130200", "390", "1", 8), "CHILD");
            assertThat(added.status()).isEqualTo(202);
            assertThat(added.text("status")).isEqualTo("REVIEW");
        }
        Json sixth = addFamilyMember(owner, person("郑小六", "130200", "390", "1", 6), "CHILD");
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(sixth.text("code")).isEqualTo("FAMILY_ACCOUNT_LIMIT");
        assertThat(sixth.text("detail")).contains("最多可添加5名家庭成员");
        assertThat(get("/api/v1/family/accounts", owner.token()).body()).hasSize(5);
    }

    @Test
    void refusesAWrongNameOrUnknownPersonOf16OrMoreSelfAndMissingPhotosWithoutChangingAnything() {
        Citizen owner = citizen(adult("钱立新"));
        Person sister = person("钱立梅", "130200", "390", "1", 30);
        assertThat(addFamilyMember(owner, new Person(sister.id(), "钱立兰", sister.idNumber()), "SIBLING").text("code"))
                .isEqualTo("FAMILY_NAME_MISMATCH");
        String unknown = org.yibao.support.TestIds.idNumber("130202", java.time.LocalDate.of(1990, 3, 3), false);
        assertThat(addFamilyMember(owner, new Person(0, "钱立菊", unknown), "SIBLING").text("code"))
                .isEqualTo("FAMILY_PERSON_UNKNOWN");
        assertThat(addFamilyMember(owner, owner.person(), "SPOUSE").text("code")).isEqualTo("FAMILY_SELF");
        Person child = person("钱小米", "130200", "390", "1", 5);
        org.yibao.support.Multipart noPhotos = new org.yibao.support.Multipart().field("name", child.name())
                .field("idNumber", child.idNumber()).field("relationship", "CHILD");
        Json refused = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/family/accounts")))
                .header("Content-Type", noPhotos.contentType()).header("Authorization", "Bearer " + owner.token())
                .POST(noPhotos.body()).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("FAMILY_COMMITMENT_REQUIRED", "FAMILY_HOUSEHOLD_REGISTER_REQUIRED");
        assertThat(get("/api/v1/family/accounts", owner.token()).body()).isEmpty();
    }

    @Test
    void showsTheTruthfulEmptyCostsAndRemovesAMember() {
        Citizen owner = citizen(adult("孔令华"));
        Person child = person("孔小鱼", "130200", "390", "1", 9);
        household(owner, child);
        long id = addFamilyMember(owner, child, "CHILD").body().get("id").asLong();
        Json costs = get("/api/v1/family/accounts/" + id + "/costs", owner.token());
        assertThat(costs.status()).isEqualTo(200);
        assertThat(costs.body().get("items")).isEmpty();
        assertThat(delete("/api/v1/family/accounts/" + id, owner.token()).status()).isEqualTo(204);
        assertThat(get("/api/v1/family/accounts", owner.token()).body()).isEmpty();
        assertThat(get("/api/v1/family/accounts/" + id + "/costs", owner.token()).status()).isEqualTo(404);
    }
}
