package org.yibao.service.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.service.Applications;
import org.yibao.support.BrowserTest;
import org.yibao.support.Multipart;

/**
 * Issue 6, done means: 张伟 applies for 糖尿病 as a 特殊人员 through the pages, clerk130600 approves it in the back
 * office, 资格查询 shows it, and his 门诊慢特病 settlement now uses the two-disease cap (3000 instead of 1500).
 */
class ChronicDiseaseBrowserTests extends BrowserTest {

    private static final String ZHANG_WEI = "130602198807211118";

    @Autowired
    Applications applications;

    /** What the fund has paid 张伟 for 门诊慢特病 this year, so that the expected payment does not depend on test order. */
    private BigDecimal fundPaidThisYear(long personId) {
        long fen = jdbc.sql("""
                select coalesce(sum(fund_paid_fen), 0) from settlement_accumulator
                where person_id = ? and year = ? and med_type = '14'""")
                .params(personId, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).query(Long.class).single();
        return BigDecimal.valueOf(fen, 2);
    }

    private void select(String id, String value) {
        new Select(field(id)).selectByValue(value);
    }

    @Test
    void zhangWeiAppliesForDiabetesAsASpecialPersonAndAfterApprovalGetsTheTwoDiseaseCap() throws Exception {
        long zhangWei = jdbc.sql("select id from insured_person where id_number = ?").param(ZHANG_WEI)
                .query(Long.class).single();
        InstitutionClient hospital = new InstitutionClient(port, "H13060200001");
        BigDecimal oneDiseaseCap = new BigDecimal("1500.00").subtract(fundPaidThisYear(zhangWei)).max(BigDecimal.ZERO);
        assertThat(hospital.chronicFundPayment(zhangWei, ZHANG_WEI, "M00101", 2000))
                .as("one approved disease: cap 1500").isEqualByComparingTo(oneDiseaseCap);

        citizenLogin("13800000005", "Yibao2025");
        browser.get(url("/services/chronic-disease"));
        assertThat(body()).contains("申报平台首页", "慢性病申报", "特殊病申报", "申报进度查询", "资格查询");
        clickAndLoad("apply-chronic");
        assertThat(body()).contains("申报选择", "本人申报", "为他人申报");
        clickAndLoad("route-self");
        assertThat(body()).contains("温馨提示", "两年内不得再次申请", "基本信息", "张伟");
        clickAndLoad("step-next");
        assertThat(body()).as("the tip must be read").contains("请阅读温馨提示后勾选");
        click("warm-tip-read");
        click("step-next");

        wait.until(ExpectedConditions.urlMatches(".*/applications/\\d+/step/2$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/applications/(\\d+)/step/2$", "$1"));
        click("special-yes");
        clickAndLoad("step-next");
        assertThat(body()).contains("请选择特殊人员类型", "请填写不能到场原因", "特殊人员请勾选承诺书");
        select("specialType", "ELDERLY_OR_IMMOBILE");
        type("specialReason", "行动不便，无法到医院现场认定");
        click("special-commitment");
        click("step-next");

        wait.until(ExpectedConditions.urlContains("/step/3"));
        WebElement hospitalsBefore = field("hospital-field");
        select("diseaseCode", "M00201");
        wait.until(ExpectedConditions.stalenessOf(hospitalsBefore));
        assertThat(field("hospital-hint").getText()).contains("可以认定“糖尿病 M00201”的医院");
        if (!"H13060200001".equals(new Select(field("hospitalCode")).getFirstSelectedOption().getAttribute("value"))) {
            WebElement before = field("department-field");
            select("hospitalCode", "H13060200001");
            wait.until(ExpectedConditions.stalenessOf(before));
        }
        wait.until(d -> d.findElement(By.id("department")).findElements(By.cssSelector("option[value='内分泌科']")).size() == 1);
        select("department", "内分泌科");
        type("contactPhone", "13800000005");
        click("step-next");

        wait.until(ExpectedConditions.urlContains("/step/4"));
        clickAndLoad("step-next");
        assertThat(body()).contains("请上传全部必传材料后再继续");
        Path text = Files.createTempFile("diagnosis", ".jpg");
        Files.writeString(text, "this is not a picture");
        field("file-DIAGNOSIS").sendKeys(text.toString());
        clickAndLoad("materials-upload");
        assertThat(body()).contains("只能上传JPG、PNG图片或PDF文件");
        Path png = Files.createTempFile("diagnosis", ".png");
        Files.write(png, Multipart.png());
        field("file-DIAGNOSIS").sendKeys(png.toString());
        field("file-MEDICAL_RECORD").sendKeys(png.toString());
        click("step-next");

        wait.until(ExpectedConditions.urlContains("/confirm"));
        assertThat(body()).contains("基本信息", "姓名", "张伟", "证件类型", "居民身份证", "险种类型", "城乡居民基本医疗保险",
                "参保地区", "保定", "特殊人员", "是否特殊人员", "是", "年老或行动不便", "认定信息", "糖尿病", "保定市第一中心医院",
                "内分泌科", "知情同意书");
        browser.get(url("/services/chronic-disease/applications/" + id));
        assertThat(browser.getCurrentUrl()).as("a closed browser resumes at the confirm page").endsWith("/confirm");
        clickAndLoad("confirm-submit");
        assertThat(body()).contains("请仔细阅读并勾选同意《知情同意书》");
        click("consent");
        click("confirm-submit");
        wait.until(ExpectedConditions.urlContains("/submitted"));
        assertThat(body()).contains("信息提交成功");
        browser.manage().deleteAllCookies();

        browser.get(url("/staff/login"));
        type("username", "clerk130600");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/staff/login")));
        browser.get(url("/staff/applications/" + id));
        assertThat(body()).contains("糖尿病", "年老或行动不便");
        click("approve");
        wait.until(d -> d.findElement(By.id("application-status")).getText().contains("已完成"));
        browser.manage().deleteAllCookies();

        try {
            citizenLogin("13800000005", "Yibao2025");
            browser.get(url("/services/chronic-disease/qualifications"));
            assertThat(field("qualification-" + zhangWei + "-M00201").getText()).contains("糖尿病", "有效", "长期有效");
            assertThat(field("qualification-" + zhangWei + "-M00101").getText()).contains("高血压");

            BigDecimal twoDiseaseCap = new BigDecimal("3000.00").subtract(fundPaidThisYear(zhangWei)).max(BigDecimal.ZERO);
            assertThat(hospital.chronicFundPayment(zhangWei, ZHANG_WEI, "M00201", 2000))
                    .as("two approved diseases: cap 3000").isEqualByComparingTo(twoDiseaseCap);
        } finally {
            // 张伟 keeps exactly the demo's one disease for the other tests
            applications.revokeByStaff(new Applications.StaffActor("clerk130600", "130600"), id, "OTHER",
                    "demo data restored after the test");
        }
    }
}
