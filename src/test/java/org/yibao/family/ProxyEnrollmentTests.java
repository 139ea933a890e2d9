package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessTime;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;

/**
 * 参保登记代办 (seed 003 §三): a 亲情代办 proxy binds a newborn who is not insured yet by the 未办理身份证 route, the agency
 * approves the binding, the proxy enrolls the child under the binding's name and number (checked by ENROLL) and the
 * child then is the binding's insured member.
 */
class ProxyEnrollmentTests extends FamilyHttpTest {

    private Json enroll(Citizen c, long member, String typedName, String typedId) {
        Multipart form = new Multipart().field("regionCode", "360600").field("name", typedName)
                .field("idNumber", typedId).field("phone", "13912340000").field("category", "STUDENT_CHILD")
                .field("member", Long.toString(member))
                .file("idDocument", "hukou.png", "image/png", Multipart.png());
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/applications/resident-enrollment")))
                .header("Authorization", "Bearer " + c.token()).header("Content-Type", form.contentType())
                .POST(form.body()).build());
    }

    private static String newbornId() {
        return TestIds.idNumber("360602", LocalDate.now(BusinessTime.ZONE).minusMonths(2), true);
    }

    private long reviewedNewborn(Citizen proxy, String name, String idNumber) throws Exception {
        Json filed = bindChildForProxy(proxy, new Person(0, name, idNumber), "CHILD");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(202);
        assertThat(filed.text("status")).isEqualTo("REVIEW");
        long binding = filed.body().get("id").asLong();
        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk360600", "password", "Clerk2025"));
        String page = "/staff/guardianships/proxy/" + binding;
        assertThat(clerk.get(page).body()).contains("guardian-not-insured-proxy");
        assertThat(clerk.submit(page, page + "/approve", Map.of()).body()).contains("已审核通过");
        return binding;
    }

    @Test
    void aProxyEnrollsANewbornBoundBeforeBeingInsuredAndTheChildBecomesTheirInsuredMember() throws Exception {
        Citizen proxy = citizen(adult("俞代办"));
        String id = newbornId();
        long binding = reviewedNewborn(proxy, "俞小宝", id);
        assertThat(get("/api/v1/family/proxy", proxy.token()).body().get(0).hasNonNull("personId"))
                .as("bound, not insured yet").isFalse();

        Json enrolled = enroll(proxy, binding, "别的人", TestIds.idNumber("360602", LocalDate.of(2015, 3, 3), false));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.text("status")).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select name || '/' || id_number || '/' || for_self from insured_enrollment where id = ?")
                .param(enrolled.body().get("id").asLong()).query(String.class).single())
                .as("the binding's name and number, as 代办").isEqualTo("俞小宝/" + id + "/false");
        Long person = null;
        for (int i = 0; i < 50 && person == null; i++) {
            Thread.sleep(100);
            person = jdbc.sql("select member_person from family_proxy_member where id = ?").param(binding)
                    .query(Long.class).single();
        }
        assertThat(person).as("the approved enrollment made the child the binding's insured member").isNotNull();
        Json insurance = get("/api/v1/family/persons/" + person + "/insurance", proxy.token());
        assertThat(insurance.status()).isEqualTo(200);
        assertThat(insurance.body().get("periods").get(0).get("regionCode").asString()).isEqualTo("360600");
        assertThat(jdbc.sql("select person_id from identity_account where id = ?").param(proxy.accountId())
                .query(Long.class).single()).as("the proxy's account stays the proxy's").isEqualTo(proxy.person().id());
        assertThat(get("/api/v1/resident-enrollments", proxy.token()).body().get(0).get("status").asString())
                .as("the proxy follows the progress").isEqualTo("APPROVED");
    }

    @Test
    void refusesToEnrollForAnotherAccountsBindingOrOneStillWaitingForReview() {
        Citizen proxy = citizen(adult("娄代办"));
        Citizen stranger = citizen(adult("娄陌生"));
        Json waiting = bindChildForProxy(proxy, new Person(0, "娄小宝", newbornId()), "CHILD");
        long binding = waiting.body().get("id").asLong();
        long before = jdbc.sql("select count(*) from insured_enrollment").query(Long.class).single();
        for (Citizen c : new Citizen[] {proxy, stranger}) {
            Json refused = enroll(c, binding, "娄小宝", newbornId());
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.text("code")).isEqualTo("ENROLL_MEMBER_NOT_FOUND");
        }
        assertThat(jdbc.sql("select count(*) from insured_enrollment").query(Long.class).single()).isEqualTo(before);
    }
}
