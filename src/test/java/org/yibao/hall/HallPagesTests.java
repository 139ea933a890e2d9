package org.yibao.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** Every link the hall shows leads somewhere real; protected pages ask for a login first. */
class HallPagesTests extends YibaoHttpTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    private static Set<String> links(String html) {
        Set<String> out = new TreeSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (!link.startsWith("/css/") && !link.startsWith("/webjars/")) {
                out.add(link);
            }
        }
        return out;
    }

    @Test
    void theHomePageShowsTheSeedsTilesToEveryone() {
        String home = new WebSession(port).get("/").body();
        assertThat(home).contains("参保信息", "缴费信息", "消费信息", "大字版", "我办理的业务", "点击查看",
                "重要提醒！谨防短信诈骗", "药品采购查询", "耗材采购查询", "政策咨询", "定点医药机构查询", "门慢门特申报",
                "跨省就医异地备案", "生育津贴申报", "零星报销申报", "职工医保关系转移接续", "家庭共济", "亲情代办",
                "首页", "医保电子凭证", "我的", "Yibao 智慧医保");
    }

    @Test
    void everyLinkOfTheHallWorksForALoggedInCitizen() {
        WebSession web = new WebSession(port);
        HttpResponse<String> login = web.submit("/login", "/login", Map.of("username", "13800000001", "password", "Yibao2025"));
        assertThat(login.body()).contains("王*国");
        Set<String> seen = new TreeSet<>();
        Set<String> pages = new TreeSet<>(Set.of("/", "/me", "/voucher", "/applications", "/services/chronic-disease",
                "/services/remote-care", "/services/remote-care/filings", "/services/chronic-disease/qualifications"));
        for (String page : pages) {
            seen.addAll(links(web.get(page).body()));
        }
        seen.removeIf(l -> l.contains("lang="));
        assertThat(seen).hasSizeGreaterThan(25);
        for (String link : seen) {
            HttpResponse<String> r = web.get(link);
            assertThat(r.statusCode()).as(link).isEqualTo(200);
            assertThat(r.body()).as(link).doesNotContain("Whitelabel").contains("<!DOCTYPE html>");
        }
        for (String tile : List.of("/services/maternity-allowance", "/services/reimbursement")) {
            assertThat(web.get(tile).body()).as(tile).contains("本人申报", "帮助他人申报").doesNotContain("即将上线");
        }
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginAndBack() {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.get("/me");
        assertThat(r.uri().getPath()).isEqualTo("/login");
        HttpResponse<String> after = web.submit("/login", "/login", Map.of("username", "13800000002", "password", "Yibao2025"));
        assertThat(after.uri().getPath()).isEqualTo("/me");
        assertThat(after.body()).contains("李*英", "已认证");
    }

    @Test
    void theLoginPageOffersHelpThatWorksWithoutLoggingIn() {
        WebSession web = new WebSession(port);
        assertThat(web.get("/login").body()).contains("/help/using", "使用帮助");
        HttpResponse<String> help = web.get("/help/using");
        assertThat(help.statusCode()).isEqualTo(200);
        assertThat(help.body()).contains("新用户注册", "实名认证", "忘记密码", "/help/evoucher-activation");
    }

    @Test
    void myPageLeadsToFamilyAccountsAndProxyMembers() {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", "13800000001", "password", "Yibao2025"));
        String me = web.get("/me").body();
        assertThat(me).contains("亲情账户", "亲情成员", "/services/family-accounts", "/services/proxy");
        assertThat(web.get("/services/family-accounts").statusCode()).isEqualTo(200);
        assertThat(web.get("/services/proxy").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPageIsAChineseNotFoundPage() {
        WebSession web = new WebSession(port);
        assertThat(web.get("/no-such-page").uri().getPath()).as("anonymous: log in first").isEqualTo("/login");
        web.submit("/login", "/login", Map.of("username", "13800000005", "password", "Yibao2025"));
        HttpResponse<String> r = web.get("/no-such-page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("页面不存在", "返回首页");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> r = new WebSession(port).get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/agreement", "/login", Map.of("username", "13800000001", "password", "Yibao2025"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void staffLogInToTheirWorkbench() {
        WebSession web = new WebSession(port);
        assertThat(web.get("/staff").uri().getPath()).isEqualTo("/staff/login");
        HttpResponse<String> bad = web.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "nope"));
        assertThat(bad.body()).contains("账号或密码错误，还可尝试4次");
        HttpResponse<String> ok = web.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "Clerk2025"));
        assertThat(ok.uri().getPath()).isEqualTo("/staff");
        assertThat(ok.body()).contains("保定经办员", "保定市医疗保障局", "经办人员", "待审核业务");
        assertThat(web.get("/staff/applications").body()).contains("id=\"queue-filter\"", "保定市医疗保障局");
        assertThat(web.get("/me").statusCode()).as("a clerk is no citizen").isEqualTo(403);
    }

    @Test
    void everyLinkOfTheWorkbenchWorksForTheAdministrator() {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", "admin", "password", "Admin2025"));
        Set<String> seen = new TreeSet<>();
        for (String page : List.of("/staff", "/staff/applications", "/staff/applications/all")) {
            seen.addAll(links(web.get(page).body()));
        }
        seen.removeIf(l -> l.contains("lang=") || l.startsWith("/staff/logout"));
        assertThat(seen).contains("/staff/applications", "/staff/admin/rules", "/staff/admin/staff",
                "/staff/admin/chronic", "/staff/admin/remote-care", "/staff/chronic-qualifications");
        for (String link : seen) {
            HttpResponse<String> r = web.get(link);
            assertThat(r.statusCode()).as(link).isEqualTo(200);
            assertThat(r.body()).as(link).doesNotContain("Whitelabel");
        }
    }
}
