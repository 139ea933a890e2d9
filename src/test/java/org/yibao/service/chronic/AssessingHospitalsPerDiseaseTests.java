package org.yibao.service.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.Multipart;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/**
 * 认定病种: an assessing hospital assesses every disease of its region or only those listed for it. The citizen's
 * form and the API offer only the hospitals for the chosen disease; a request naming another is refused and keeps
 * nothing; the administrator edits the list, audited; the demo lists no eye, dental or maternity hospital.
 */
class AssessingHospitalsPerDiseaseTests extends YibaoHttpTest {

    private static final String BAODING = "130600";
    private static final String GENERAL = "H13060200001";
    private static final String CANCER = "M00301";
    private static final String DIABETES = "M00201";

    @Autowired
    AssessingHospitals hospitals;

    /** A new grade-2 cancer hospital of 保定 that assesses only 恶性肿瘤门诊放化疗, in its 肿瘤科. */
    private String cancerHospital() {
        String code = "H130699" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        jdbc.sql("""
                insert into catalog_institution (code, name, region_code, kind, level) values (?, ?, ?, 'HOSPITAL', 2)""")
                .params(code, "保定测试肿瘤医院" + code.substring(7), BAODING).update();
        hospitals.addHospital("admin", BAODING, code);
        hospitals.addDepartment("admin", BAODING, code, "肿瘤科");
        hospitals.assessDiseases("admin", BAODING, code, false, List.of(CANCER));
        return code;
    }

    private String citizenToken(String name) {
        TestPerson p = insuredPerson(name, BAODING, "246810", "135790");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        return login(phone, "Secret2025");
    }

    private static Map<String, Object> application(String disease, String hospital, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", CANCER.equals(disease) ? "SPECIAL" : "CHRONIC");
        body.put("warmTipRead", true);
        body.put("special", false);
        body.put("diseaseCode", disease);
        body.put("hospitalCode", hospital);
        body.put("department", department);
        body.put("contactPhone", "13912345678");
        body.put("consent", true);
        body.put("materials", List.of(
                Map.of("kind", "DIAGNOSIS", "fileName", "d.png", "contentBase64", java.util.Base64.getEncoder().encodeToString(Multipart.png())),
                Map.of("kind", "MEDICAL_RECORD", "fileName", "r.png", "contentBase64", java.util.Base64.getEncoder().encodeToString(Multipart.png()))));
        return body;
    }

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(h -> out.add(h.get("code").asString()));
        return out;
    }

    @Test
    void refusesAHospitalThatDoesNotAssessTheDiseaseAndKeepsNothing() {
        String cancer = cancerHospital();
        String token = citizenToken("潘专科");
        long before = jdbc.sql("select count(*) from service_application").query(Long.class).single();

        Json refused = post("/api/v1/applications/chronic-disease", application(DIABETES, cancer, "肿瘤科"), token);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("CHRONIC_HOSPITAL_NOT_FOR_DISEASE");
        assertThat(refused.body().toString()).contains("不能认定糖尿病");
        assertThat(jdbc.sql("select count(*) from service_application").query(Long.class).single()).isEqualTo(before);
        Json accepted = post("/api/v1/applications/chronic-disease", application(CANCER, cancer, "肿瘤科"), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    @Test
    void theApiOffersOnlyTheHospitalsThatAssessTheDisease() {
        String cancer = cancerHospital();
        String token = citizenToken("潘查医院");

        List<String> forDiabetes = codes(get("/api/v1/chronic-disease/hospitals?region=" + BAODING + "&diseaseCode=" + DIABETES, token).body());
        List<String> forCancer = codes(get("/api/v1/chronic-disease/hospitals?region=" + BAODING + "&diseaseCode=" + CANCER, token).body());

        assertThat(forDiabetes).contains(GENERAL).doesNotContain(cancer);
        assertThat(forCancer).contains(GENERAL, cancer);
        assertThat(get("/api/v1/chronic-disease/hospitals?region=" + BAODING + "&diseaseCode=M02101", token).body())
                .as("阿尔茨海默病 is not recognised in 保定").isEmpty();
        assertThat(get("/api/v1/chronic-disease/hospitals?region=" + BAODING, token).status()).isEqualTo(400);
        assertThat(get("/api/v1/chronic-disease/hospitals?region=" + BAODING + "&diseaseCode=" + "X".repeat(500), token)
                .status()).isEqualTo(400);
    }

    @Test
    void theFormListsOnlyTheHospitalsForTheChosenDiseaseAndExplainsARefusal() {
        String cancer = cancerHospital();
        TestPerson p = insuredPerson("潘表单", BAODING, "246810", "135790");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        String draft = web.submit("/services/chronic-disease/new/tip?kind=CHRONIC&route=SELF",
                "/services/chronic-disease/applications", Map.of("kind", "CHRONIC", "route", "SELF", "warmTipRead", "true"))
                .uri().getPath().replace("/step/2", "");
        web.submit(draft + "/step/2", draft + "/step/2", Map.of("special", "false"));

        assertThat(web.get(draft + "/hospitals?diseaseCode=" + DIABETES).body()).contains(GENERAL).doesNotContain(cancer);
        assertThat(web.get(draft + "/hospitals?diseaseCode=" + CANCER).body()).contains(GENERAL, cancer);
        HttpResponse<String> refused = web.submit(draft + "/step/3", draft + "/step/3", Map.of("diseaseCode", DIABETES,
                "hospitalCode", cancer, "department", "肿瘤科", "contactPhone", "13912345678"));
        assertThat(refused.uri().getPath()).isEqualTo(draft + "/step/3");
        assertThat(refused.body()).contains("不能认定糖尿病，请从列表中选择可以认定该病种的医院").doesNotContain("value=\"" + cancer + "\"");
        assertThat(jdbc.sql("select form ->> 'hospitalCode' from service_application where id = ?")
                .param(Long.parseLong(draft.replaceAll(".*/", ""))).query(String.class).optional().orElse(null)).isNull();
    }

    @Test
    void theAdministratorListsTheDiseasesAHospitalAssessesAndTheChangeIsAudited() {
        String cancer = cancerHospital();
        WebSession admin = new WebSession(port);
        admin.submit("/staff/login", "/staff/login", Map.of("username", "admin", "password", "Admin2025"));
        String page = "/staff/admin/chronic?region=" + BAODING;
        assertThat(admin.get(page).body()).contains("认定病种：恶性肿瘤门诊放化疗", "认定病种：全部病种");

        HttpResponse<String> none = admin.submit(page, "/staff/admin/chronic/hospitals/diseases",
                Map.of("region", BAODING, "hospitalCode", cancer, "scope", "LISTED"));
        assertThat(none.body()).contains("请选择“全部病种”，或至少勾选一个可以认定的病种");
        HttpResponse<String> unknown = admin.submit(page, "/staff/admin/chronic/hospitals/diseases",
                Map.of("region", BAODING, "hospitalCode", cancer, "scope", "LISTED", "diseases", "X99999"));
        assertThat(unknown.body()).contains("所选病种不在门诊慢特病目录中");
        assertThat(hospitals.find(BAODING, cancer).orElseThrow().diseases()).containsExactly(CANCER);

        admin.submit(page, "/staff/admin/chronic/hospitals/diseases",
                Map.of("region", BAODING, "hospitalCode", cancer, "scope", "ALL"));
        assertThat(hospitals.find(BAODING, cancer).orElseThrow().assesses(DIABETES)).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from common_audit_record where action = 'CHRONIC_HOSPITAL_DISEASES' and subject = ?
                and actor = 'staff:admin'""").param("hospital:" + cancer).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDemoListsNoEyeDentalOrMaternityHospitalAndSpecialistsAssessOnlyTheirDiseases() {
        long wrong = jdbc.sql("""
                select count(*) from service_chronic_hospital h join catalog_institution i on i.code = h.hospital_code
                where i.name similar to '%(眼科|口腔|妇产)医院'""").query(Long.class).single();
        assertThat(wrong).isZero();
        for (String region : List.of("130200", "130600", "360600")) {
            List<String> forDiabetes = hospitals.forDisease(region, DIABETES).stream().map(AssessingHospitals.Hospital::name).toList();
            assertThat(forDiabetes).as(region).isNotEmpty()
                    .noneMatch(n -> n.matches(".*(眼科|口腔|妇产|肿瘤|骨科|儿童|康复)医院"));
        }
        assertThat(jdbc.sql("""
                select count(*) from service_chronic_hospital where not all_diseases and hospital_code not like 'H130699%'""")
                .query(Long.class).single()).as("specialist hospitals in the demo").isPositive();
    }
}
