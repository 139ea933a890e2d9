package org.yibao.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 家庭共济 over the citizen API (seeds 001 §三.2, 002): who may authorize, whom, the exact refusals, one group each. */
class MutualAidApiTests extends FamilyHttpTest {

    @Autowired
    MutualAid mutualAid;

    static String signature() {
        BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 60, 190, 20);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Json bind(Citizen c, Person p, String relationship) {
        return post("/api/v1/family/mutual-aid", Map.of("name", p.name(), "idNumber", p.idNumber(),
                "relationship", relationship, "signaturePng", signature()), c.token());
    }

    @Test
    void refusesAResidentAsAuthorizer() {
        Citizen resident = citizen(adult("冯秀兰"));
        Person child = person("冯小明", "130200", "390", "1", 12);
        Json r = bind(resident, child, "CHILD");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("MUTUAL_AID_AUTHORIZER_NOT_EMPLOYEE");
        assertThat(r.text("detail")).isEqualTo("授权人须为职工医保参保人");
        assertThat(get("/api/v1/family/mutual-aid", resident.token()).body().get("eligible").asBoolean()).isFalse();
    }

    @Test
    void refusesEachReasonExactly() {
        Citizen employee = employee("褚建军");
        assertThat(post("/api/v1/family/mutual-aid/preview", relative(person("褚无保", "130200", null, null, 30), "CHILD"),
                employee.token()).text("detail")).isEqualTo("未参保");
        assertThat(post("/api/v1/family/mutual-aid/preview", relative(person("褚表弟", "130200", "390", "1", 30), "OTHER_RELATIVE"),
                employee.token()).text("detail")).isEqualTo("非近亲属");
        assertThat(post("/api/v1/family/mutual-aid/preview", relative(person("褚远方", "360600", "390", "1", 20), "CHILD"),
                employee.token()).text("detail")).isEqualTo("不在同一省份");
        assertThat(post("/api/v1/family/mutual-aid/preview", relative(person("褚暂停", "130600", "390", "2", 70), "PARENT"),
                employee.token()).text("detail")).isEqualTo("参保状态异常");
        Json ok = post("/api/v1/family/mutual-aid/preview", relative(person("褚同省", "130600", "390", "1", 70), "PARENT"),
                employee.token());
        assertThat(ok.status()).as("保定 and 唐山 are both in Hebei").isEqualTo(200);
        assertThat(ok.text("name")).isEqualTo("褚*省");
        assertThat(ok.text("commitment")).contains("褚建军", "父母", "褚*省");
    }

    @Test
    void aSuspendedAuthorizerIsRefusedForItsStatus() {
        Citizen suspended = citizen(person("卫国平", "130200", "310", "2", 50));
        assertThat(bind(suspended, person("卫小平", "130200", "390", "1", 10), "CHILD").text("detail")).isEqualTo("参保状态异常");
    }

    @Test
    void aPersonBelongsToOneGroupOnly() {
        Citizen father = employee("蒋大成");
        Citizen mother = employee("沈玉芬");
        Person child = person("蒋小成", "130200", "390", "1", 15);
        assertThat(bind(father, child, "CHILD").status()).isEqualTo(201);
        Json second = bind(mother, child, "CHILD");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("code")).isEqualTo("MUTUAL_AID_ALREADY_BOUND");
        assertThat(mutualAid.payersFor(child.id())).containsExactly(child.id(), father.person().id());
        assertThat(mutualAid.beneficiariesOf(father.person().id())).containsExactly(child.id());
        assertThat(mutualAid.beneficiariesOf(mother.person().id())).isEmpty();
    }

    @Test
    void unbindThenRebind() {
        Citizen wife = employee("韩美丽");
        Person husband = person("杨志远", "130200", "390", "1", 48);
        long id = bind(wife, husband, "SPOUSE").body().get("id").asLong();
        assertThat(delete("/api/v1/family/mutual-aid/" + id, wife.token()).status()).isEqualTo(204);
        assertThat(mutualAid.payersFor(husband.id())).containsExactly(husband.id());
        Json again = bind(wife, husband, "SPOUSE");
        assertThat(again.status()).isEqualTo(201);
        assertThat(get("/api/v1/family/mutual-aid", wife.token()).body().get("beneficiaries").findValuesAsString("name"))
                .containsExactly("杨*远");
        assertThat(mutualAid.payersFor(husband.id())).containsExactly(husband.id(), wife.person().id());
    }

    @Test
    void refusesAMissingOrBlankOrForgedSignature() {
        Citizen c = employee("朱文彬");
        Person son = person("朱小彬", "130200", "390", "1", 14);
        Map<String, String> noSignature = Map.of("name", son.name(), "idNumber", son.idNumber(), "relationship", "CHILD");
        assertThat(post("/api/v1/family/mutual-aid", noSignature, c.token()).text("code")).isEqualTo("MUTUAL_AID_SIGNATURE_REQUIRED");
        Map<String, String> blank = Map.of("name", son.name(), "idNumber", son.idNumber(), "relationship", "CHILD",
                "signaturePng", Base64.getEncoder().encodeToString(org.yibao.support.Multipart.png()));
        assertThat(post("/api/v1/family/mutual-aid", blank, c.token()).text("code")).isEqualTo("MUTUAL_AID_SIGNATURE_BLANK");
        Map<String, String> jpeg = Map.of("name", son.name(), "idNumber", son.idNumber(), "relationship", "CHILD",
                "signaturePng", Base64.getEncoder().encodeToString(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2}));
        assertThat(post("/api/v1/family/mutual-aid", jpeg, c.token()).text("code")).isEqualTo("MUTUAL_AID_SIGNATURE_PNG");
        assertThat(mutualAid.payersFor(son.id())).containsExactly(son.id());
    }

    @Test
    void theDemoFamilyIsAlreadyBound() {
        long wang = jdbc.sql("select id from insured_person where id_number = '130203197503121017'").query(Long.class).single();
        long li = jdbc.sql("select id from insured_person where id_number = '130203197706181028'").query(Long.class).single();
        assertThat(mutualAid.payersFor(li)).containsExactly(li, wang);
    }

    private static Map<String, String> relative(Person p, String relationship) {
        return Map.of("name", p.name(), "idNumber", p.idNumber(), "relationship", relationship);
    }

    @Test
    void theOpenApiDocumentPointsToTheRealMutualAidRecordsInsteadOfAnAlwaysEmptyList() throws Exception {
        Citizen authorizer = employee("共记录");
        assertThat(get("/api/v1/family/mutual-aid/records", authorizer.token()).status()).isIn(404, 405);
        assertThat(get("/api/v1/consumptions/mutual-aid", authorizer.token()).status()).isEqualTo(200);
        java.net.http.HttpResponse<String> docs = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/v3/api-docs"))).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(docs.body()).doesNotContain("/api/v1/family/mutual-aid/records")
                .contains("/api/v1/consumptions/mutual-aid", "共济消费记录: GET /api/v1/consumptions/mutual-aid");
    }
}
