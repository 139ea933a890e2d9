package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;

/**
 * A parent binds a child without an ID card for 亲情代办: the binding waits (待审核); the clerk of the child's region
 * finds it in 亲情绑定审核, sees the 户口簿 beside what was typed and approves; the parent is told on the home page.
 */
class GuardianshipBrowserTests extends BrowserTest {

    private long child(String name) {
        LocalDate birth = LocalDate.now().minusYears(5).minusDays(20);
        String id = TestIds.idNumber("130202", birth, true);
        long person = jdbc.sql("insert into insured_person (id_number, name, gender, birth_date) values (?, ?, '1', ?) returning id")
                .params(id, name, birth).query(Long.class).single();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                values (?, '130200', '390', '1501', '1', ?)""").params(person, birth).update();
        return person;
    }

    private String idNumber(long person) {
        return jdbc.sql("select id_number from insured_person where id = ?").param(person).query(String.class).single();
    }

    @Test
    void aClerkApprovesAChildsBindingBesideItsHouseholdRegisterAndTheParentIsTold() throws IOException {
        TestPerson parent = insuredPerson("赵德明", "130200", "246810", null);
        String phone = registeredPhone("Browse2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(parent.id(), phone).update();
        long kid = child("赵小禾");
        Path photo = Files.createTempFile("hukou", ".png");
        Files.write(photo, Multipart.png());

        citizenLogin(phone, "Browse2025");
        browser.get(url("/services/proxy"));
        field("proxy-bind").click();
        field("route-no-id-card").click();
        type("name", "赵小禾");
        type("idNumber", idNumber(kid));
        new Select(field("relationship")).selectByValue("CHILD");
        field("commitmentAccepted").click();
        field("householdRegister").sendKeys(photo.toString());
        field("proxy-submit").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting-proxy")));
        assertThat(body()).contains("已提交，待审核", "赵*禾");
        assertThat(browser.findElements(By.cssSelector("a[id^=proxy-insurance-]"))).isEmpty();
        logout();

        browser.get(url("/staff/login"));
        type("username", "clerk130200");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-guardianships")));
        click("staff-guardianships");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guardian-queue")));
        browser.findElements(By.cssSelector("#guardian-queue a")).stream().filter(a -> a.getText().contains("赵小禾"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guardian-materials")));
        assertThat(field("guardian-member").getText()).contains("赵小禾", idNumber(kid));
        assertThat(field("guardian-binder").getText()).contains("赵德明");
        assertThat(browser.findElements(By.cssSelector("#guardian-materials img.thumb"))).hasSize(1);
        Browser.screenshot(browser, "guardian-review");
        click("guardian-approve");
        wait.until(ExpectedConditions.textToBe(By.id("guardian-status"), "已绑定"));
        assertThat(field("flash").getText()).contains("已审核通过");
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin(phone, "Browse2025");
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("family-messages")));
        assertThat(field("family-messages").getText()).contains("赵*禾", "审核通过");
        browser.get(url("/services/proxy"));
        assertThat(browser.findElements(By.cssSelector("a[id^=proxy-insurance-]"))).hasSize(1);
    }
}
