package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;

/**
 * 解绑、删除、解除绑定、退出所有设备 ask once on the page (no pop-up), naming what will happen and to whom; a POST
 * without the confirmation — or with any other value than the confirming button's — changes nothing.
 */
class DestructiveConfirmationTests extends FamilyHttpTest {

    private WebSession web(Citizen c) {
        String phone = jdbc.sql("select phone from identity_account where id = ?").param(c.accountId()).query(String.class).single();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        return web;
    }

    private long mutualAid(Citizen owner, Person relative) {
        return post("/api/v1/family/mutual-aid", Map.of("name", relative.name(), "idNumber", relative.idNumber(),
                "relationship", "SPOUSE", "signaturePng", MutualAidApiTests.signature()), owner.token()).body().get("id").asLong();
    }

    private int beneficiaries(Citizen owner) {
        return get("/api/v1/family/mutual-aid", owner.token()).body().get("beneficiaries").size();
    }

    @Test
    void unbindingMutualAidWithoutTheConfirmationChangesNothing() {
        Citizen owner = employee("柏志强");
        long aid = mutualAid(owner, person("江美华", "130200", "390", "1", 45));
        WebSession web = web(owner);
        String path = "/services/mutual-aid/" + aid + "/unbind";

        HttpResponse<String> asked = web.submit("/services/mutual-aid", path, Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("id=\"confirm-consequence\"", "配偶江*华", "不再为", "id=\"confirm-yes\"",
                "name=\"confirmed\" value=\"yes\"", "返回，不操作");
        assertThat(beneficiaries(owner)).isEqualTo(1);
        web.submit("/services/mutual-aid", path, Map.of("confirmed", "true"));
        assertThat(beneficiaries(owner)).isEqualTo(1);

        HttpResponse<String> done = web.submit("/services/mutual-aid", path, Map.of("confirmed", "yes"));
        assertThat(done.body()).contains("已解绑");
        assertThat(beneficiaries(owner)).isZero();
    }

    @Test
    void removingAFamilyMemberOrEndingAProxyWithoutTheConfirmationChangesNothing() {
        Citizen owner = employee("岑国华");
        Person child = person("岑小月", "130200", "390", "1", 9);
        Person kid = person("岑小星", "130200", "390", "1", 6);
        household(owner, child);
        long member = addFamilyMember(owner, child, "CHILD").body().get("id").asLong();
        household(owner, kid);
        long proxy = bindChildForProxy(owner, kid, "CHILD").body().get("id").asLong();
        WebSession web = web(owner);

        assertThat(web.submit("/me", "/services/family-accounts/" + member + "/remove", Map.of()).body())
                .contains("删除家庭成员", "岑*月", "id=\"confirm-yes\"");
        assertThat(web.submit("/me", "/services/proxy/" + proxy + "/unbind", Map.of()).body())
                .contains("解除亲情代办绑定", "岑*星", "id=\"confirm-yes\"");
        assertThat(get("/api/v1/family/accounts", owner.token()).body()).hasSize(1);
        assertThat(get("/api/v1/family/proxy", owner.token()).body()).hasSize(1);

        web.submit("/me", "/services/family-accounts/" + member + "/remove", Map.of("confirmed", "yes"));
        web.submit("/me", "/services/proxy/" + proxy + "/unbind", Map.of("confirmed", "yes"));
        assertThat(get("/api/v1/family/accounts", owner.token()).body()).isEmpty();
        assertThat(get("/api/v1/family/proxy", owner.token()).body()).isEmpty();
    }

    @Test
    void loggingOutEverywhereWithoutTheConfirmationKeepsEverySession() {
        Citizen owner = employee("鲍文静");
        WebSession web = web(owner);

        HttpResponse<String> asked = web.submit("/me", "/me/logout-all", Map.of());
        assertThat(asked.body()).contains("退出所有设备", "包括本设备", "id=\"confirm-yes\"");
        assertThat(web.get("/me").body()).contains("id=\"me-phone\"");
        assertThat(get("/api/v1/family/accounts", owner.token()).status()).isEqualTo(200);

        web.submit("/me", "/me/logout-all", Map.of("confirmed", "yes"));
        assertThat(web.get("/me").body()).doesNotContain("id=\"me-phone\"");
        assertThat(get("/api/v1/family/accounts", owner.token()).status()).isEqualTo(401);
    }
}
