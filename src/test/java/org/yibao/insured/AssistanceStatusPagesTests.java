package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** 救助对象认定：本统筹区经办人员登记；倒置的有效期、重叠的认定与外区的人被拒绝，且不写入任何数据。 */
class AssistanceStatusPagesTests extends YibaoHttpTest {

    @Autowired
    AssistanceStatuses statuses;

    private WebSession staff(String login) {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", "Clerk2025"));
        return web;
    }

    private static Map<String, String> form(TestPerson p, String from, String to) {
        return Map.of("idNumber", p.idNumber(), "assistanceClass", "SUBSISTENCE", "from", from, "to", to,
                "reason", "民政部门低保认定");
    }

    @Test
    void aClerkRecordsSubsistenceAllowanceThatSettlementReadsOnTheDay() {
        TestPerson p = insuredPerson("蒋低保", "130200", "246810", null);
        WebSession clerk = staff("clerk130200");
        assertThat(clerk.get("/staff").body()).contains("/staff/assistance-status");
        String page = "/staff/assistance-status?idNumber=" + p.idNumber();
        LocalDate today = LocalDate.now();
        HttpResponse<String> r = clerk.submit(page, "/staff/assistance-status/" + p.id(),
                form(p, today.minusDays(1).toString(), today.plusYears(1).toString()));
        assertThat(r.body()).contains("已登记救助对象认定", "低保对象");
        assertThat(statuses.classOn(new org.yibao.common.PersonId(p.id()), today)).contains("SUBSISTENCE");
        assertThat(statuses.classOn(new org.yibao.common.PersonId(p.id()), today.plusYears(1).plusDays(1))).isEmpty();

        HttpResponse<String> overlap = clerk.submit(page, "/staff/assistance-status/" + p.id(),
                form(p, today.plusMonths(1).toString(), today.plusMonths(2).toString()));
        assertThat(overlap.body()).contains("该参保人在此期间已有救助对象认定");
        HttpResponse<String> reversed = clerk.submit(page, "/staff/assistance-status/" + p.id(),
                form(p, today.plusYears(3).toString(), today.plusYears(2).toString()));
        assertThat(reversed.body()).contains("有效期起止有序");
        assertThat(statuses.of(p.id())).hasSize(1);
    }

    @Test
    void aClerkOfAnotherRegionCannotFindThePerson() {
        TestPerson p = insuredPerson("蒋外区", "130200", "246810", null);
        HttpResponse<String> r = staff("clerk130600").get("/staff/assistance-status?idNumber=" + p.idNumber());
        assertThat(r.body()).contains("参保人不存在").doesNotContain("蒋外区");
        assertThat(statuses.of(p.id())).isEmpty();
    }
}
