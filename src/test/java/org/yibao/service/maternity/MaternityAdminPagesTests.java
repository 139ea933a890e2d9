package org.yibao.service.maternity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The administrator adds a 生育津贴 parameter version (history kept); bad numbers and clerks change nothing. */
class MaternityAdminPagesTests extends YibaoHttpTest {

    @Autowired
    MaternityParameters parameters;

    private WebSession staff(String login, String password) {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", password));
        assertThat(r.uri().getPath()).isEqualTo("/staff");
        return web;
    }

    private static Map<String, String> version(String validFrom, String provinceExtraDays) {
        Map<String, String> f = new HashMap<>(Map.of("region", "130600", "validFrom", validFrom, "minMonths", "12",
                "baseDays", "98", "difficultDays", "15", "extraBabyDays", "15", "provinceExtraDays", provinceExtraDays,
                "earlyMiscarriageDays", "15", "lateMiscarriageDays", "42", "miscarriageWeeks", "16"));
        f.put("payee", "EMPLOYER");
        return f;
    }

    @Test
    void anAdministratorAddsAVersionAndTheEarlierOneStays() {
        WebSession admin = staff("admin", "Admin2025");
        int before = parameters.history("130600").size();
        String page = "/staff/admin/maternity?region=130600";
        HttpResponse<String> bad = admin.submit(page, "/staff/admin/maternity", version("2099-01-01", "400"));
        assertThat(bad.body()).contains("应在0至365之间");
        assertThat(parameters.history("130600")).hasSize(before);

        admin.submit(page, "/staff/admin/maternity", version("2099-01-01", "90"));
        assertThat(parameters.history("130600")).hasSize(before + 1);
        assertThat(parameters.inForce("130600", LocalDate.of(2099, 2, 1)).orElseThrow().provinceExtraDays()).isEqualTo(90);
        assertThat(parameters.inForce("130600", LocalDate.of(2098, 2, 1)).orElseThrow().provinceExtraDays()).isEqualTo(60);
        assertThat(admin.get(page).body()).contains("2099-01-01").contains("2020-01-01");
    }

    @Test
    void anAdministratorSetsTheRegionsMiscarriageTableAndABadTableChangesNothing() {
        WebSession admin = staff("admin", "Admin2025");
        String page = "/staff/admin/maternity?region=130600";
        int before = parameters.history("130600").size();
        for (String bad : new String[] {"2:15,16:42", "1:15,16:42,12:30", "1:15,16:400", "1:15;16:42", "1:15,41:98",
                "1:" + "1".repeat(300)}) {
            Map<String, String> f = version("2097-01-01", "60");
            f.put("miscarriageTable", bad);
            HttpResponse<String> r = admin.submit(page, "/staff/admin/maternity", f);
            assertThat(r.statusCode()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).contains("流产假天数表格式");
            assertThat(parameters.history("130600")).as(bad).hasSize(before);
        }
        Map<String, String> f = version("2097-01-01", "60");
        f.put("miscarriageTable", "1:15,12:30,16:42");
        admin.submit(page, "/staff/admin/maternity", f);
        assertThat(parameters.history("130600")).hasSize(before + 1);
        MaternityParameters.Rule rule = parameters.inForce("130600", LocalDate.of(2097, 3, 1)).orElseThrow();
        assertThat(rule.table().orElseThrow().bandOf(13).days()).isEqualTo(30);
        assertThat(parameters.inForce("130600", LocalDate.of(2096, 3, 1)).orElseThrow().table()).isEmpty();
        assertThat(admin.get(page).body()).contains("1:15,12:30,16:42");
    }

    @Test
    void aClerkCannotChangeTheParameters() {
        WebSession clerk = staff("clerk130600", "Clerk2025");
        int before = parameters.history("130600").size();
        HttpResponse<String> r = clerk.submit("/staff", "/staff/admin/maternity", version("2098-06-01", "10"));
        assertThat(r.statusCode()).isIn(403, 404);
        assertThat(parameters.history("130600")).hasSize(before);
    }

    @Test
    void claimsCannotBeGivenAnAutoApprovalRule() {
        WebSession admin = staff("admin", "Admin2025");
        HttpResponse<String> r = admin.submit("/staff/admin/rules", "/staff/admin/rules", Map.of("regionCode", "130200",
                "type", "MATERNITY_ALLOWANCE", "variant", "*", "autoApprove", "true"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from service_auto_rule where type in ('MATERNITY_ALLOWANCE', 'REIMBURSEMENT')")
                .query(Integer.class).single()).isZero();
    }
}
