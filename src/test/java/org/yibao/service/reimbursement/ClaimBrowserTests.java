package org.yibao.service.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;
import org.yibao.support.Multipart;

/**
 * The claims walked in a real headless Chromium, screen by screen as seed 000 §三: 郑晓雯 applies for her 生育津贴
 * (amount by hand below), the 唐山 clerk approves and pays, she reads 已完成 with the amount and 已拨付; 王建国 files a
 * 零星报销 for a stay he paid in cash, reads its settlement and 已拨付, and his invoice is refused the second time; a relative
 * files a 零星报销 for a patient through 帮助他人申报, the clerk enters two items, approves and pays; the same
 * invoice offered again is refused on the 申报信息 page with nothing kept.
 */
class ClaimBrowserTests extends BrowserTest {

    @Autowired
    Clock clock;

    private LocalDate today() {
        return BusinessTime.today(clock);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
                value);
    }

    private static String png() {
        try {
            Path png = Files.createTempFile("material", ".png");
            Files.write(png, Multipart.png());
            return png.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void staffLogin(String clerk) {
        browser.get(url("/staff/login"));
        type("username", clerk);
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-applications")));
    }

    private void staffLogout() {
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));
    }

    /** The clerk approves the open application (claimed on the way) and sends its payment order to the bank. */
    private void approveAndPay(long id) {
        clickAndLoad("approve");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-payment")));
        clickAndLoad("send-payment");
        wait.until(d -> body().contains("已拨付"));
    }

    /** 上传材料: one picture for each kind, then 下一步 to 提交申报信息. */
    private void uploadAndConfirm(String... kinds) {
        for (String kind : kinds) {
            field("file-" + kind).sendKeys(png());
        }
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit")));
    }

    /** 提交申报; the number of the application now followed in 办件进度. */
    private long submitted() {
        clickAndLoad("confirm-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
        return Long.parseLong(field("application-number").getText());
    }

    /** The 唐山 clerk enters the items, reads the assessed {@code amount}, approves and pays. */
    private void clerkAssessesApprovesAndPays(long id, String items, String amount) {
        staffLogin("clerk130200");
        browser.get(url("/staff/applications/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("items")));
        field("items").sendKeys(items);
        clickAndLoad("assess");
        wait.until(d -> body().contains(amount));
        approveAndPay(id);
        staffLogout();
    }

    /** 下一步 from 申报信息 is refused: the invoice was claimed before. */
    private void refusedAsClaimedBefore(String invoice) {
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invoices-error")));
        assertThat(field("invoices-error").getText()).contains(invoice.toUpperCase(), "不能重复报销");
    }

    /** The citizen reads the application 已完成 in 办件进度; what its content says. */
    private String completedContent(String phone, String password, long id) {
        citizenLogin(phone, password);
        browser.get(url("/applications/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-status")));
        assertThat(field("application-status").getText()).isEqualTo("已完成");
        return field("application-content").getText();
    }

    private void bank(String category, String bankName, String account, String holder, String payee) {
        new Select(field("category")).selectByValue(category);
        type("bankName", bankName);
        type("accountNumber", account);
        type("accountName", holder);
        click("payee-" + payee);
    }

    /**
     * 郑晓雯's employer 130200000101: every base of its employees in 唐山 over the twelve months before the month of
     * birth, averaged per person-month; a normal single birth in Hebei is 98 + 60 days.
     */
    private Money handComputedAllowance(LocalDate birth) {
        YearMonth last = YearMonth.from(birth).minusMonths(1);
        Map<String, Object> bases = jdbc.sql("""
                select sum(c.base_fen) as total, count(*) as months from insured_contribution c
                where c.insutype = '310' and c.status = 'PAID' and c.period_month > 0 and c.region_code = '130200'
                  and make_date(c.period_year, c.period_month, 1) between ? and ?
                  and c.person_id in (select person_id from insured_period where insutype = '310'
                                      and employer = '130200000101')""")
                .params(last.minusMonths(11).atDay(1), last.atDay(1)).query().singleRow();
        BigDecimal average = BigDecimal.valueOf(((Number) bases.get("total")).longValue())
                .divide(BigDecimal.valueOf(((Number) bases.get("months")).longValue()), 0, RoundingMode.HALF_UP);
        return Money.ofFen(average.multiply(BigDecimal.valueOf(158)).divide(BigDecimal.valueOf(30), 0,
                RoundingMode.HALF_UP).longValueExact());
    }

    @Test
    void zhengXiaowenFilesHerMaternityAllowanceInTheHallAndReadsItPaid() {
        long earlier = jdbc.sql("""
                select count(*) from service_application a join insured_person p on p.id = a.person_id
                where p.id_number = '130203199405201223' and a.type = 'MATERNITY_ALLOWANCE'""").query(Long.class).single();
        LocalDate birth = today().minusDays(1 + earlier);
        Money expected = handComputedAllowance(birth);

        citizenLogin("13800000012", "Yibao2025");
        browser.get(url("/services/maternity-allowance"));
        assertThat(body()).contains("生育津贴申报", "填写代办信息", "本人申报", "帮助他人申报").doesNotContain("即将上线");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
        assertThat(body()).contains("郑晓雯", "报销收款银行信息", "先由参保单位代收");
        bank("ABC", "中国农业银行唐山路北支行", "6228480000000000123", "唐山示范有限公司", "EMPLOYER");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-BIRTH")));
        click("kind-BIRTH");
        setValue("eventDate", birth.toString());
        type("babies", "1");
        type("contactName", "郑晓雯");
        type("contactPhone", "13800000012");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-ID_CARD")));
        uploadAndConfirm("ID_CARD", "DIAGNOSIS");
        assertThat(body()).contains("÷ 30 × 158 = " + expected, "98（基本）", "60（本省延长）");
        Browser.screenshot(browser, "allowance-confirm");
        long id = submitted();
        assertThat(field("application-status").getText()).isEqualTo("已提交");
        logout();

        staffLogin("clerk130200");
        browser.get(url("/staff/applications/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        assertThat(body()).contains("÷ 30 × 158 = " + expected);
        approveAndPay(id);
        staffLogout();

        assertThat(completedContent("13800000012", "Yibao2025", id)).contains(expected.toString(), "已拨付");
    }

    /**
     * 王建国 (唐山 职工在职) files a 零星报销 for a stay he paid in cash; the clerk enters two items. A stay has its own
     * deductible (200.00 at a level-1 hospital), so his outpatient deductible, which other walks rely on, stays
     * untouched: 40 × 12.50 = 500.00 甲类, (500.00 − 200.00) × 90 % = 270.00; 5 × 20.00 丙类 self-paid.
     */
    @Test
    void wangJianguoFilesACashPaidStayReadsItSettledAndPaidAndCannotClaimTheInvoiceAgain() {
        String invoice = "FP" + System.nanoTime();
        citizenLogin("13800000001", "Yibao2025");
        startForHimself();
        assertThat(body()).contains("王建国");
        bank("BOC", "中国银行唐山分行", "6216610000000000017", "王建国", "PERSON");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-21")));
        stay(invoice);
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-DISCHARGE")));
        uploadAndConfirm("ID_CARD", "INVOICE", "FEE_LIST", "DIAGNOSIS", "DISCHARGE");
        assertThat(body()).contains(invoice, "600.00");
        long id = submitted();
        logout();

        clerkAssessesApprovesAndPays(id, "XJ01CAA001 40 12.50\nC99000001 5 20.00", "270.00");

        String setlId = jdbc.sql("select form -> 'assessment' ->> 'setlId' from service_application where id = ?")
                .param(id).query(String.class).single();
        assertThat(completedContent("13800000001", "Yibao2025", id)).contains("270.00", "已拨付", setlId);
        browser.get(url("/consumptions/" + setlId));
        wait.until(d -> body().contains("费用是怎么报销的"));
        assertThat(body()).contains("唐山市路北区社区卫生服务中心", "600.00", "270.00", "起付线");

        startForHimself();
        bank("BOC", "中国银行唐山分行", "6216610000000000017", "王建国", "PERSON");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-21")));
        stay(invoice);
        refusedAsClaimedBefore(invoice);
        assertThat(jdbc.sql("""
                select count(*) from service_application a join insured_person p on p.id = a.person_id
                where p.id_number = '130203197503121017' and a.type = 'REIMBURSEMENT'
                  and a.form::text like ?""").param("%" + invoice.toUpperCase() + "%").query(Integer.class).single())
                .as("the refused second claim kept nothing").isEqualTo(1);
    }

    /** 选择申报人: 本人申报, then 确认患者信息 with the bank fields. */
    private void startForHimself() {
        browser.get(url("/services/reimbursement"));
        click("variant-GENERAL");
        click("route-SELF");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
    }

    /** 申报信息 of a four-day stay at 唐山市路北区社区卫生服务中心 (level 1) ending yesterday, 600.00 on one invoice. */
    private void stay(String invoice) {
        click("medType-21");
        setValue("admissionDate", today().minusDays(4).toString());
        setValue("dischargeDate", today().minusDays(1).toString());
        new Select(field("institutionCode")).selectByValue("H13020300002");
        type("invoices", invoice);
        type("totalAmount", "600.00");
        type("contactName", "王建国");
        type("contactPhone", "13800000001");
    }

    @Test
    void aRelativeFilesAReimbursementForThePatientWhichIsSettledPaidAndItsInvoiceNeverClaimedAgain() {
        TestPerson patient = insuredPerson("患者报销", "130200", "246810", "135790");
        TestPerson relative = insuredPerson("亲属代办", "130200", "246810", null);
        String phone = registeredPhone("Browse2025");
        OfficeFixtures.linkedAccount(jdbc, phone, relative.id());
        String invoice = "FP" + System.nanoTime();

        citizenLogin(phone, "Browse2025");
        startForPatient(patient);
        bank("CCB", "中国建设银行唐山分行", "6217000000000000090", patient.name(), "PERSON");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-11")));
        details(invoice);
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-AGENT_ID")));
        uploadAndConfirm("AGENT_ID", "ID_CARD", "INVOICE", "FEE_LIST", "DIAGNOSIS");
        assertThat(body()).contains(invoice, "350.00", "代办人身份证");
        long id = submitted();
        logout();

        // resident 普通门诊, no deductible, 60 %: 20 × 12.50 = 250.00 甲类 × 60 % = 150.00; 5 × 20.00 丙类 self-paid
        clerkAssessesApprovesAndPays(id, "XJ01CAA001 20 12.50\nC99000001 5 20.00", "150.00");

        assertThat(completedContent(phone, "Browse2025", id)).contains("150.00", "已拨付", "结算编号");
        assertThat(jdbc.sql("select count(*) from settlement_settlement where person_id = ? and status = 'SETTLED'")
                .param(patient.id()).query(Integer.class).single()).isEqualTo(1);

        startForPatient(patient);
        bank("CCB", "中国建设银行唐山分行", "6217000000000000090", patient.name(), "PERSON");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-11")));
        details(invoice);
        refusedAsClaimedBefore(invoice);
        assertThat(jdbc.sql("""
                select count(*) from service_application where person_id = ? and type = 'REIMBURSEMENT'
                  and (status <> 'DRAFT' or form ->> 'totalAmount' is not null)""").param(patient.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRelativeFilesZhengXiaowensMaternityCostsWhichTheMaternityFundPays() {
        TestPerson relative = insuredPerson("家属代办", "130200", "246810", null);
        String phone = registeredPhone("Browse2025");
        OfficeFixtures.linkedAccount(jdbc, phone, relative.id());
        String invoice = "FP" + System.nanoTime();

        citizenLogin(phone, "Browse2025");
        browser.get(url("/services/reimbursement?variant=MATERNITY"));
        click("variant-MATERNITY");
        click("route-OTHER");
        type("agentAddress", "唐山市路北区示范路2号");
        type("agentRelation", "配偶");
        type("otherIdNumber", "130203199405201223");
        type("otherPhone", "13800000012");
        type("otherPassword", "135790");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
        assertThat(body()).contains("生育医疗费用报销申报", "郑*雯");
        bank("ICBC", "中国工商银行唐山分行", "6222000000000000123", "郑晓雯", "PERSON");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medType-52")));
        click("medType-52");
        setValue("admissionDate", today().minusDays(4).toString());
        setValue("dischargeDate", today().minusDays(1).toString());
        new Select(field("institutionCode")).selectByValue("H13020300002");
        new Select(field("claimantCategory")).selectByValue("EMPLOYEE");
        setValue("eventDate", today().minusDays(3).toString());
        type("parity", "1");
        type("babies", "1");
        type("invoices", invoice);
        type("totalAmount", "350.00");
        type("contactName", "家属代办");
        type("contactPhone", "13912345678");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-DISCHARGE")));
        uploadAndConfirm("AGENT_ID", "ID_CARD", "INVOICE", "FEE_LIST", "DIAGNOSIS", "DISCHARGE");
        assertThat(body()).contains("生育住院", invoice);
        long id = submitted();
        logout();

        // 唐山 employee 生育住院: no deductible, 100 % of the 250.00 甲类 from the 生育保险基金 (cap 5000.00 a year)
        clerkAssessesApprovesAndPays(id, "XJ01CAA001 20 12.50\nC99000001 5 20.00", "250.00");

        assertThat(completedContent(phone, "Browse2025", id)).contains("生育保险基金", "250.00", "已拨付");
    }

    /** 选择申报人: 帮助他人申报 with the agent's address and relation and the patient's e-voucher password. */
    private void startForPatient(TestPerson patient) {
        browser.get(url("/services/reimbursement"));
        click("variant-GENERAL");
        click("route-OTHER");
        type("agentAddress", "唐山市路北区示范路1号");
        type("agentRelation", "子女");
        type("otherIdNumber", patient.idNumber());
        type("otherPhone", "13912345678");
        type("otherPassword", "135790");
        clickAndLoad("step-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountNumber")));
    }

    private void details(String invoice) {
        click("medType-11");
        setValue("visitDate", today().minusDays(3).toString());
        new Select(field("institutionCode")).selectByValue("H13020300002");
        type("invoices", invoice);
        type("totalAmount", "350.00");
        type("contactName", "亲属代办");
        type("contactPhone", "13912345678");
    }
}
