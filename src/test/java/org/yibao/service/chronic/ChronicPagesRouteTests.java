package org.yibao.service.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.service.ChronicQualifications;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * Who may see and do what on the 门诊慢特病 pages: a clerk only in their own region, administrators alone edit the
 * lists, a citizen never opens another account's application, and a citizen without real-name verification is
 * told to verify first.
 */
class ChronicPagesRouteTests extends YibaoHttpTest {

    private static final String ZHANG_GUILAN = "130602195602141124";

    @Autowired
    ChronicQualifications qualifications;

    private WebSession citizen(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        if (p != null) {
            jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                    .params(p.id(), phone).update();
        }
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        return web;
    }

    @Test
    void aClerkSeesOnlyThePersonsOfTheirOwnRegion() {
        HttpResponse<String> baoding = staffSession("clerk130600", "Clerk2025").get("/staff/chronic-qualifications?idNumber=" + ZHANG_GUILAN);
        assertThat(baoding.statusCode()).isEqualTo(200);
        assertThat(baoding.body()).contains("高血压", "糖尿病", "线下认定", "认定虚假信息");

        WebSession tangshan = staffSession("clerk130200", "Clerk2025");
        HttpResponse<String> other = tangshan.get("/staff/chronic-qualifications?idNumber=" + ZHANG_GUILAN);
        assertThat(other.body()).contains("本统筹区未找到该参保人").doesNotContain("糖尿病");
        long person = jdbc.sql("select id from insured_person where id_number = ?").param(ZHANG_GUILAN).query(Long.class).single();
        HttpResponse<String> act = tangshan.submit("/staff/chronic-qualifications?idNumber=130203197503121017",
                "/staff/chronic-qualifications/" + person + "/false-information", Map.of("reason", "伪造材料"));
        assertThat(act.body()).contains("本统筹区未找到该参保人");
        assertThat(qualifications.activeCount(person, LocalDate.now())).isEqualTo(2);
    }

    @Test
    void aClerkDeclaresFalseInformationWithAReasonAndThePersonIsBanned() {
        TestPerson p = insuredPerson("沈虚报", "130600", "246810", "135790");
        jdbc.sql("""
                insert into service_chronic_qualification (person_id, disease_code, region_code, starts_on, status, created_at)
                values (?, 'M00101', '130600', ?, 'ACTIVE', now())""").params(p.id(), LocalDate.now().minusYears(1)).update();
        WebSession clerk = staffSession("clerk130600", "Clerk2025");
        String page = "/staff/chronic-qualifications?idNumber=" + p.idNumber();
        HttpResponse<String> noReason = clerk.submit(page, "/staff/chronic-qualifications/" + p.id() + "/false-information",
                Map.of("reason", " ", "idNumber", p.idNumber()));
        assertThat(noReason.body()).contains("请填写认定虚假信息的原因");
        assertThat(qualifications.activeCount(p.id(), LocalDate.now())).isOne();

        HttpResponse<String> done = clerk.submit(page, "/staff/chronic-qualifications/" + p.id() + "/false-information",
                Map.of("reason", "病历资料系伪造", "idNumber", p.idNumber()));
        assertThat(done.body()).contains("已取消该参保人的门诊慢特病资格", "不得申报门诊慢特病", "病历资料系伪造");
        assertThat(qualifications.activeCount(p.id(), LocalDate.now())).isZero();
        assertThat(jdbc.sql("select count(*) from common_audit_record where action = 'CHRONIC_FALSE_INFORMATION' and subject = ?")
                .param("person:" + p.id()).query(Long.class).single()).isOne();
    }

    @Test
    void onlyAdministratorsEditTheChronicLists() {
        assertThat(staffSession("clerk130600", "Clerk2025").get("/staff/admin/chronic").statusCode()).isEqualTo(403);
        WebSession admin = staffSession("admin", "Admin2025");
        HttpResponse<String> page = admin.get("/staff/admin/chronic?region=360600");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("认定医院", "鹰潭市中医院", "心血管内科", "资格有效期", "诊断证明");

        admin.submit("/staff/admin/chronic?region=360600", "/staff/admin/chronic/validity",
                Map.of("region", "360600", "validYears", "3"));
        assertThat(jdbc.sql("select valid_years from service_chronic_validity where region_code = '360600'")
                .query(Integer.class).single()).isEqualTo(3);
        HttpResponse<String> bad = admin.submit("/staff/admin/chronic?region=360600", "/staff/admin/chronic/validity",
                Map.of("region", "360600", "validYears", "99"));
        assertThat(bad.body()).contains("有效年数应为1至20之间的整数");
        admin.submit("/staff/admin/chronic?region=360600", "/staff/admin/chronic/validity",
                Map.of("region", "360600", "validYears", ""));
        admin.submit("/staff/admin/chronic?region=360600", "/staff/admin/chronic/departments",
                Map.of("region", "360600", "hospitalCode", "H36060200001", "department", "老年病科"));
        assertThat(admin.get("/staff/admin/chronic?region=360600").body()).contains("老年病科");
    }

    @Test
    void aCitizenNeverOpensAnotherAccountsApplication() {
        WebSession owner = citizen(insuredPerson("韦本人", "130600", "246810", "135790"));
        HttpResponse<String> step2 = owner.submit("/services/chronic-disease/new/tip?kind=CHRONIC&route=SELF",
                "/services/chronic-disease/applications", Map.of("kind", "CHRONIC", "route", "SELF", "warmTipRead", "true"));
        assertThat(step2.uri().getPath()).matches("/services/chronic-disease/applications/\\d+/step/2");
        String draft = step2.uri().getPath().replace("/step/2", "");

        WebSession stranger = citizen(insuredPerson("韦旁人", "130600", "246810", "135790"));
        assertThat(stranger.get(draft).statusCode()).isEqualTo(404);
        assertThat(stranger.get(draft + "/step/2").statusCode()).isEqualTo(404);
        assertThat(stranger.get(draft + "/confirm").statusCode()).isEqualTo(404);
        assertThat(owner.get(draft).uri().getPath()).isEqualTo(draft + "/step/2");
    }

    @Test
    void everyStepAlsoReadsInEnglish() {
        WebSession web = citizen(insuredPerson("韦英文", "130600", "246810", "135790"));
        assertThat(web.get("/services/chronic-disease?lang=en").body()).contains("Application home", "Qualifications");
        assertThat(web.get("/services/chronic-disease/new/tip?kind=SPECIAL&route=OTHER").body())
                .contains("Please note", "Patient e-voucher password");
        String draft = web.submit("/services/chronic-disease/new/tip?kind=CHRONIC&route=SELF",
                "/services/chronic-disease/applications", Map.of("kind", "CHRONIC", "route", "SELF", "warmTipRead", "true"))
                .uri().getPath().replace("/step/2", "");
        assertThat(web.get(draft + "/step/1").body()).contains("Basic information", "Choice");
        assertThat(web.get(draft + "/step/2").body()).contains("Special person", "Elderly or immobile");
        HttpResponse<String> step3 = web.submit(draft + "/step/2", draft + "/step/2", Map.of("special", "false"));
        assertThat(step3.uri().getPath()).isEqualTo(draft + "/step/3");
        assertThat(step3.body()).contains("Assessing hospital", "M00201");
        HttpResponse<String> step4 = web.submit(draft + "/step/3", draft + "/step/3", Map.of("diseaseCode", "M00101",
                "hospitalCode", "H13060200001", "department", "心血管内科", "contactPhone", "13912345678"));
        assertThat(step4.uri().getPath()).isEqualTo(draft + "/step/4");
        assertThat(step4.body()).contains("Diagnosis certificate", "(required)", "Examination reports", "(optional)");
        assertThat(web.get(draft + "/confirm").uri().getPath()).as("materials first").isEqualTo(draft + "/step/4");
        web.get("/services/chronic-disease?lang=zh_CN");
    }

    @Test
    void aCitizenWithoutRealNameIsToldToVerifyFirst() {
        WebSession web = citizen(null);
        HttpResponse<String> home = web.get("/services/chronic-disease");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("请先完成实名认证", "/real-name");
        assertThat(web.get("/services/chronic-disease/new?kind=CHRONIC").body()).contains("请先完成实名认证", "go-real-name");
        assertThat(web.get("/services/chronic-disease/qualifications").body()).contains("完成实名认证后可查询");
    }
}
