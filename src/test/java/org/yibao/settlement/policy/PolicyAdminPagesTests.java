package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The administrator's policy page over HTTP: clerks are refused, edits are versioned, bad input changes nothing. */
class PolicyAdminPagesTests extends YibaoHttpTest {

    @Autowired
    PolicyParameters parameters;

    /** A row of its own (an unused year) so that the demo parameters stay as DEMO.md says. */
    private long ownRow() {
        int year = 2001 + ThreadLocalRandom.current().nextInt(90);
        String level = String.valueOf(1 + ThreadLocalRandom.current().nextInt(3));
        long id = jdbc.sql("""
                insert into settlement_policy_parameter (region_code, year, insutype, category, med_type, level,
                    fund_type, deductible_fen, deductible_per_stay, ratio, bonus_per_five_years, bonus_max,
                    yearly_cap_fen, version)
                values ('130200', ?, '390', 'RESIDENT', ?, ?, '390100', 0, false, 0.6, 0, 0, 40000, 1)
                returning id""")
                .params(year, String.valueOf(10 + ThreadLocalRandom.current().nextInt(89)), Integer.parseInt(level))
                .query(Long.class).single();
        return id;
    }

    private static Map<String, String> form(String ratio, String reason) {
        Map<String, String> f = new HashMap<>();
        f.put("deductible", "0");
        f.put("ratioPercent", ratio);
        f.put("bonusPercent", "0");
        f.put("bonusMaxPercent", "0");
        f.put("yearlyCap", "500.00");
        f.put("multiDiseaseCap", "");
        f.put("reason", reason);
        f.put("version", "1");
        return f;
    }

    @Test
    void clerkIsRefused() {
        WebSession clerk = staffSession("clerk130200", "Clerk2025");
        assertThat(clerk.get("/staff/admin/policy").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/staff").body()).doesNotContain("/staff/admin/policy");
    }

    @Test
    void administratorSeesTheDemoTableAndTheWorkbenchLink() {
        WebSession admin = staffSession("admin", "Admin2025");
        assertThat(admin.get("/staff").body()).contains("/staff/admin/policy");
        HttpResponse<String> list = admin.get("/staff/admin/policy?region=130200&medType=21");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("住院", "城乡居民", "120000.00");
    }

    @Test
    void theEditPageNamesRegionInsuranceTypeAndFundBesideTheirCodes() {
        long id = ownRow();
        String page = staffSession("admin", "Admin2025").get("/staff/admin/policy/" + id).body();
        assertThat(page).contains("唐山市 130200", "城乡居民基本医疗保险基金 390100")
                .contains("id=\"policy-insutype\">城乡居民基本医疗保险<");
    }

    @Test
    void editCreatesAVersionWithTheReason() {
        long id = ownRow();
        WebSession admin = staffSession("admin", "Admin2025");
        HttpResponse<String> r = admin.submit("/staff/admin/policy/" + id, "/staff/admin/policy/" + id,
                form("65", "市医保局文件调整比例"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("已保存", "市医保局文件调整比例");
        PolicyRule rule = parameters.find(id).orElseThrow();
        assertThat(rule.version()).isEqualTo(2);
        assertThat(rule.ratio()).isEqualByComparingTo("0.65");
        assertThat(parameters.history(id)).first().satisfies(h -> {
            assertThat(h.changedBy()).isEqualTo("admin");
            assertThat(h.reason()).isEqualTo("市医保局文件调整比例");
        });
    }

    @Test
    void badRatioOrMissingReasonIsRefusedAndNothingChanges() {
        long id = ownRow();
        WebSession admin = staffSession("admin", "Admin2025");
        HttpResponse<String> bad = admin.submit("/staff/admin/policy/" + id, "/staff/admin/policy/" + id,
                form("120", "试一下"));
        assertThat(bad.body()).contains("比例须在0到100之间");
        HttpResponse<String> noReason = admin.submit("/staff/admin/policy/" + id, "/staff/admin/policy/" + id,
                form("65", " "));
        assertThat(noReason.body()).contains("此项不能为空");
        assertThat(parameters.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(parameters.history(id)).isEmpty();
    }
}
