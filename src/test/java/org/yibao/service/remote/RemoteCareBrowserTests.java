package org.yibao.service.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessTime;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;

/**
 * The Done means for 跨省异地就医备案 in headless Chromium: 刘洋 files for 刘翠花 through 亲情代办 and revokes
 * it; 王建国 picks 北京 and is told no filing is needed; clerk130200 rejects a long-term filing with a reason.
 */
class RemoteCareBrowserTests extends BrowserTest {

    private static final String CUIHUA = "360602194307111326";

    @Autowired
    java.time.Clock clock;

    private LocalDate today() {
        return BusinessTime.today(clock);
    }

    private long personId(String idNumber) {
        return jdbc.sql("select id from insured_person where id_number = ?").param(idNumber).query(Long.class).single();
    }

    private long accountOf(String phone) {
        return jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field(id), day.toString());
    }

    /** Ends what an earlier test of this run may have left for the person, so this one starts clean. */
    private void clearFilings(long personId) {
        jdbc.sql("update service_remote_filing set status = 'REVOKED', revoked_at = now() where person_id = ? and status = 'ACTIVE'")
                .param(personId).update();
        jdbc.sql("update service_application set status = 'CANCELLED' where person_id = ? and type = 'REMOTE_CARE' and status in ('SUBMITTED', 'IN_REVIEW')")
                .param(personId).update();
    }

    private void bindCuihuaUnlessBound() {
        int bound = jdbc.sql("select count(*) from family_proxy_member where proxy_account = ? and member_person = ? and status = 'ACTIVE'")
                .params(accountOf("13800000009"), personId(CUIHUA)).query(Integer.class).single();
        if (bound > 0) {
            return;
        }
        browser.get(url("/services/proxy/bind"));
        click("route-id-card");
        type("name", "刘翠花");
        type("idNumber", CUIHUA);
        new Select(field("relationship")).selectByValue("GRANDPARENT");
        click("proxy-submit");
        wait.until(ExpectedConditions.urlContains("/face/"));
        lookIntoCamera();
        wait.until(ExpectedConditions.urlMatches(".*/services/proxy$"));
    }

    private void fillForm(String province, String city, String category, LocalDate start) {
        new Select(field("provinceCode")).selectByValue(province);
        wait.until(d -> new Select(d.findElement(By.id("cityCode"))).getOptions().size() > 1);
        new Select(field("cityCode")).selectByValue(city);
        click("category-" + category);
        setDate("startDate", start);
        type("contactName", "刘洋");
        type("contactPhone", "13800000009");
        type("contactAddress", "广东省广州市天河区示范路1号");
    }

    @Test
    void liuYangFilesATemporaryRegistrationForHisGrandmotherThroughProxyAndRevokesIt() {
        long cuihua = personId(CUIHUA);
        clearFilings(cuihua);
        citizenLogin("13800000009", "Yibao2025");
        bindCuihuaUnlessBound();
        long member = jdbc.sql("select id from family_proxy_member where proxy_account = ? and member_person = ? and status = 'ACTIVE'")
                .params(accountOf("13800000009"), cuihua).query(Long.class).single();

        browser.get(url("/services/proxy/" + member));
        click("proxy-remote-care");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remote-type-form")));
        assertThat(field("remote-person").getText()).isEqualTo("刘*花");
        assertThat(body()).contains("跨省异地就医备案事项须知");
        click("kind-TEMPORARY");
        click("noticeRead");
        click("remote-type-next");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remote-form")));
        fillForm("440000", "440100", "OTHER_TEMPORARY", today());
        click("remote-next");

        wait.until(d -> !d.findElements(By.id("remote-commitment-form")).isEmpty()
                || !d.findElements(By.cssSelector("p.error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("p.error"))).as(body()).isEmpty();
        click("agreed");
        type("signature", "刘洋");
        click("remote-sign");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit")));
        assertThat(body()).contains("广东省广州市", "其他临时外出就医人员", "亲情代办");
        click("confirm-submit");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remote-result-approved")));
        assertThat(body()).contains("备案成功", "立即生效", today().plusMonths(12).minusDays(1).toString());
        Browser.screenshot(browser, "remote-care-approved");
        long application = jdbc.sql("select id from service_application where person_id = ? and type = 'REMOTE_CARE' order by id desc limit 1")
                .param(cuihua).query(Long.class).single();

        click("result-filings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revoke-" + application)));
        assertThat(field("state-" + application).getText()).isEqualTo("备案成功");
        click("revoke-" + application);
        click("revoke-confirm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-" + application), "已撤销"));
        assertThat(body()).contains("备案已撤销");

        browser.get(url("/applications/" + application));
        assertThat(field("application-status").getText()).isEqualTo("已撤销");
    }

    @Test
    void wangJianguoPicksBeijingAndIsToldNoFilingIsNeeded() {
        long wang = personId("130203197503121017");
        clearFilings(wang);
        int before = jdbc.sql("select count(*) from service_application where person_id = ?").param(wang)
                .query(Integer.class).single();
        citizenLogin("13800000001", "Yibao2025");
        browser.get(url("/services/remote-care"));
        click("filer-" + wang);
        click("kind-TEMPORARY");
        click("noticeRead");
        click("remote-type-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remote-form")));
        new Select(field("provinceCode")).selectByValue("110000");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remote-exempt")));
        assertThat(field("remote-exempt").getText()).contains("无需办理备案",
                "自2023年2月10日起，河北省参保群众赴京津两地看病就医，无需办理备案手续");
        assertThat(browser.findElements(By.id("remote-next"))).isEmpty();
        Browser.screenshot(browser, "remote-care-jingjin");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(wang)
                .query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void clerkRejectsATangshanLongTermFilingAndTheCitizenSeesTheReasonInProgress() {
        TestPerson p = insuredPerson("唐山驳回", "130200", "246810", null);
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        String token = login(phone, "Secret2025");
        Json filed = post("/api/v1/applications/remote-care", Map.ofEntries(Map.entry("kind", "LONG_TERM"),
                Map.entry("category", "RETIRED_RESETTLED"), Map.entry("provinceCode", "460000"),
                Map.entry("cityCode", "460200"), Map.entry("startDate", today().plusDays(5).toString()),
                Map.entry("phone", "13912345678"), Map.entry("contactName", "联系人"),
                Map.entry("contactPhone", "13912345679"), Map.entry("contactAddress", "三亚市示范路"),
                Map.entry("noticeRead", true), Map.entry("commitmentAccepted", true), Map.entry("signature", p.name())), token);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("SUBMITTED");
        long application = filed.body().get("applicationId").asLong();

        browser.get(url("/staff/login"));
        type("username", "clerk130200");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/staff/login")));
        browser.get(url("/staff/applications/" + application));
        new Select(field("reasonCode")).selectByValue("CONDITIONS_NOT_MET");
        type("reasonText", "未提供异地安置退休的相关说明");
        click("reject");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-status"), "已驳回"));

        browser.manage().deleteAllCookies();
        citizenLogin(phone, "Secret2025");
        browser.get(url("/applications/" + application));
        assertThat(field("application-status").getText()).isEqualTo("已驳回");
        assertThat(field("application-reason").getText()).contains("未提供异地安置退休的相关说明");
        browser.get(url("/services/remote-care/filings"));
        assertThat(field("state-" + application).getText()).isEqualTo("已驳回");
        assertThat(body()).contains("不符合办理条件", "未提供异地安置退休的相关说明");
    }
}
