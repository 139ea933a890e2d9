package org.yibao.service.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.Applications;
import org.yibao.service.ChronicQualifications;
import org.yibao.support.Multipart;
import org.yibao.support.YibaoHttpTest;

/** 门诊慢特病申报 over the REST API: what is refused changes nothing; what is approved becomes a qualification. */
class ChronicApplicationApiTests extends YibaoHttpTest {

    private static final String BAODING = "130600";
    private static final String HOSPITAL = "H13060200001";

    @Autowired
    Applications applications;

    @Autowired
    ChronicQualifications qualifications;

    @Autowired
    FalseInformation falseInformation;

    @Autowired
    QualificationRecords records;

    record Citizen(TestPerson person, String token) {
    }

    private Citizen citizen(String name) {
        TestPerson p = insuredPerson(name, BAODING, "246810", "135790");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        return new Citizen(p, login(phone, "Secret2025"));
    }

    private static Map<String, Object> material(String kind, String fileName, byte[] content) {
        return Map.of("kind", kind, "fileName", fileName, "contentBase64", Base64.getEncoder().encodeToString(content));
    }

    private static Map<String, Object> application(String disease) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CHRONIC");
        body.put("warmTipRead", true);
        body.put("special", false);
        body.put("diseaseCode", disease);
        body.put("hospitalCode", HOSPITAL);
        body.put("department", "内分泌科");
        body.put("contactPhone", "13912345678");
        body.put("consent", true);
        body.put("materials", new ArrayList<>(List.of(material("DIAGNOSIS", "诊断证明.png", Multipart.png()),
                material("MEDICAL_RECORD", "病历.png", Multipart.png()))));
        return body;
    }

    private long applicationsOf(long personId) {
        return jdbc.sql("select count(*) from service_application where person_id = ?").param(personId)
                .query(Long.class).single();
    }

    @Test
    void aCompleteApplicationWaitsForAClerkAndApprovalGrantsTheQualificationFromThatDay() {
        Citizen c = citizen("赵慢病");
        Json r = post("/api/v1/applications/chronic-disease", application("M00201"), c.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("SUBMITTED");
        long id = r.body().get("id").asLong();

        applications.approve(new Applications.StaffActor("clerk130600", BAODING), id, null);

        assertThat(qualifications.active(c.person().id(), LocalDate.now()))
                .extracting(ChronicQualifications.Qualification::diseaseCode).containsExactly("M00201");
        Json mine = get("/api/v1/chronic-qualifications", c.token());
        assertThat(mine.body().get(0).get("qualifications").get(0).get("diseaseCode").asString()).isEqualTo("M00201");
        assertThat(mine.body().get(0).get("qualifications").get(0).get("validUntil")).isNull();
        Json again = post("/api/v1/applications/chronic-disease", application("M00201"), c.token());
        assertThat(again.text("code")).isEqualTo("CHRONIC_ALREADY_QUALIFIED");
        assertThat(applicationsOf(c.person().id())).isOne();
    }

    @Test
    void refusesAnApplicationWithoutTheRequiredMaterialsAndKeepsNothing() {
        Citizen c = citizen("钱缺材料");
        Map<String, Object> body = application("M00101");
        body.put("materials", List.of(material("DIAGNOSIS", "诊断证明.png", Multipart.png())));
        Json r = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_MATERIAL_MISSING");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesATextFileNamedLikeAnImageAndKeepsNothing() {
        Citizen c = citizen("孙假图片");
        Map<String, Object> body = application("M00101");
        body.put("materials", List.of(material("DIAGNOSIS", "诊断证明.jpg", "not an image".getBytes(StandardCharsets.UTF_8)),
                material("MEDICAL_RECORD", "病历.png", Multipart.png())));
        Json r = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("UPLOAD_TYPE");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesADiseaseTheRegionDoesNotOffer() {
        Citizen c = citizen("李未开通");
        // 阿尔茨海默病 is recognised in 鹰潭 and 北京 only
        Json r = post("/api/v1/applications/chronic-disease", application("M02101"), c.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_DISEASE_NOT_OFFERED");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesADiseaseTheRegionOffersOnlyAsTheOtherKind() {
        Citizen c = citizen("周错类别");
        Map<String, Object> body = application("M00301");
        Json r = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_DISEASE_NOT_OFFERED");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesADiseaseAlreadyApproved() {
        Citizen c = citizen("吴已认定");
        records.carryOver(c.person().id(), "M00101", BAODING, LocalDate.now().minusYears(1));
        Json r = post("/api/v1/applications/chronic-disease", application("M00101"), c.token());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_ALREADY_QUALIFIED");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesASecondApplicationForADiseaseInReview() {
        Citizen c = citizen("郑重复");
        assertThat(post("/api/v1/applications/chronic-disease", application("M00101"), c.token()).status()).isEqualTo(201);
        Json r = post("/api/v1/applications/chronic-disease", application("M00101"), c.token());
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_ALREADY_OPEN");
        assertThat(applicationsOf(c.person().id())).isOne();
    }

    @Test
    void refusesABannedPerson() {
        Citizen c = citizen("冯被禁");
        jdbc.sql("""
                insert into service_chronic_ban (person_id, region_code, banned_until, reason, banned_by, banned_at)
                values (?, '130600', ?, '伪造诊断证明', 'staff:clerk130600', now())""")
                .params(c.person().id(), LocalDate.now().plusYears(1)).update();
        Json r = post("/api/v1/applications/chronic-disease", application("M00101"), c.token());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_BANNED");
        assertThat(applicationsOf(c.person().id())).isZero();
    }

    @Test
    void refusesAWrongEvoucherPasswordOfTheOtherPerson() {
        Citizen c = citizen("陈代申报");
        TestPerson other = insuredPerson("陈老人", BAODING, "246810", "135790");
        Map<String, Object> body = application("M00101");
        body.put("other", Map.of("idNumber", other.idNumber(), "phone", "13912345678", "evoucherPassword", "975310"));
        Json r = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).as(r.toString()).isEqualTo("SERVICE_OTHER_PASSWORD_WRONG");
        assertThat(applicationsOf(other.id())).isZero();
        assertThat(applicationsOf(c.person().id())).isZero();

        body.put("other", Map.of("idNumber", other.idNumber(), "phone", "13912345678", "evoucherPassword", "135790"));
        Json ok = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(applicationsOf(other.id())).isOne();
    }

    @Test
    void aSpecialPersonGivesTypeReasonAndCommitment() {
        Citizen c = citizen("韩特殊");
        Map<String, Object> body = application("M00101");
        body.put("special", true);
        body.put("specialType", "ELDERLY_OR_IMMOBILE");
        body.put("specialReason", "");
        Json r = post("/api/v1/applications/chronic-disease", body, c.token());
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_SPECIAL_REASON_REQUIRED");
        body.put("specialReason", "年老行动不便，无法到医院现场认定");
        assertThat(post("/api/v1/applications/chronic-disease", body, c.token()).text("code"))
                .isEqualTo("CHRONIC_SPECIAL_COMMITMENT_REQUIRED");
        body.put("specialCommitment", true);
        assertThat(post("/api/v1/applications/chronic-disease", body, c.token()).status()).isEqualTo(201);
        assertThat(applicationsOf(c.person().id())).isOne();
    }

    @Test
    void falseInformationCancelsTheQualificationsAndBarsNewApplicationsForTwoYears() {
        Citizen c = citizen("蒋虚假");
        records.carryOver(c.person().id(), "M00101", BAODING, LocalDate.now().minusYears(2));
        long id = post("/api/v1/applications/chronic-disease", application("M00201"), c.token()).body().get("id").asLong();
        Applications.StaffActor clerk = new Applications.StaffActor("clerk130600", BAODING);
        applications.approve(clerk, id, null);
        assertThat(qualifications.activeCount(c.person().id(), LocalDate.now())).isEqualTo(2);

        assertThat(falseInformation.find("130200", c.person().idNumber())).as("another region's clerk").isEmpty();
        LocalDate until = falseInformation.declare(clerk, c.person().id(), "诊断证明系伪造");

        assertThat(until).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(2));
        assertThat(qualifications.activeCount(c.person().id(), LocalDate.now())).isZero();
        assertThat(qualifications.all(c.person().id())).allSatisfy(q -> assertThat(q.cancelReason()).isEqualTo("诊断证明系伪造"));
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class).single())
                .isEqualTo(ApplicationStatus.REVOKED.name());
        Json r = post("/api/v1/applications/chronic-disease", application("M00101"), c.token());
        assertThat(r.text("code")).as(r.toString()).isEqualTo("CHRONIC_BANNED");
    }
}
