package org.yibao.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.common.AuditTrail;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 待审核业务 sorted by the database: every page follows the chosen column and direction, ties keep the number's
 * order, the header says which column is sorted (aria-sort) and leads to the reverse, and a sort or page nobody
 * offered is read as the default or the last page, never an error.
 */
class QueueSortTests extends YibaoHttpTest {

    private static final Pattern ROW = Pattern.compile("id=\"application-(\\d+)\"");
    private static final int COUNT = 23;

    @Autowired
    private ApplicationContext context;

    private OfficeFixtures fixtures;
    private TestPerson person;
    private List<Application> mine;

    /** 23 open applications of one person: two types, two regions, some claimed (审核中). */
    @BeforeEach
    void applications() {
        fixtures = new OfficeFixtures(context);
        person = insuredPerson("钱排序", "130200", "246810", null);
        long account = OfficeFixtures.linkedAccount(jdbc, registeredPhone("Office2025a"), person.id());
        mine = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String region = i % 3 == 0 ? "130600" : "130200";
            boolean filing = region.equals("130200") && i % 2 == 0;   // 唐山 reviews long-term filings itself
            long id = filing ? fixtures.draft(account, person, region, ApplicationType.REMOTE_CARE, "LONG_TERM")
                    : fixtures.draft(account, person, region, ApplicationType.CHRONIC_DISEASE, "");
            fixtures.workflow().submit(account, id, AuditTrail.Channel.WEB);
            if (i % 4 == 1) {
                fixtures.workflow().claim(new Applications.StaffActor("clerk" + region, region), id);
            }
            mine.add(fixtures.find(id));
        }
    }

    private WebSession admin() {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", "admin", "password", "Admin2025"));
        return web;
    }

    private static List<Long> rows(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private List<Long> bothPages(WebSession web, String sort, String dir) {
        String query = "/staff/applications?idNumber=" + person.idNumber() + "&sort=" + sort + "&dir=" + dir;
        List<Long> ids = new ArrayList<>(rows(web.get(query + "&page=1").body()));
        ids.addAll(rows(web.get(query + "&page=2").body()));
        return ids;
    }

    private List<Long> expected(Comparator<Application> order) {
        return mine.stream().sorted(order.thenComparing(Application::id)).map(Application::id).toList();
    }

    @Test
    void sortsTheWholeQueueByEachColumnAcrossPagesWithTiesInNumberOrder() {
        WebSession web = admin();

        assertThat(bothPages(web, "number", "desc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::id).reversed()));
        assertThat(bothPages(web, "type", "asc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::type)));
        assertThat(bothPages(web, "type", "desc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::type).reversed()));
        assertThat(bothPages(web, "region", "desc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::regionCode).reversed()));
        assertThat(bothPages(web, "status", "asc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::status)));
        assertThat(bothPages(web, "submitted", "desc")).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::submittedAt).reversed()));
    }

    @Test
    void theHeaderNamesTheSortedColumnAndLeadsToItsReverse() {
        String html = admin().get("/staff/applications?idNumber=" + person.idNumber() + "&sort=type&dir=asc").body();

        assertThat(html).containsPattern("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort\" id=\"sort-type\"\\s+"
                + "href=\"/staff/applications\\?sort=type&amp;dir=desc&amp;[^\"]*idNumber=" + person.idNumber());
        assertThat(html).containsPattern("<th scope=\"col\"><a class=\"sort\" id=\"sort-number\"\\s+"
                + "href=\"/staff/applications\\?sort=number&amp;dir=asc");
        assertThat(html).contains("当前按“业务类型”升序排列").containsOnlyOnce("aria-sort=");
        assertThat(html).as("the next page keeps the order").containsPattern(
                "id=\"page-next\"\\s+href=\"/staff/applications\\?sort=type&amp;dir=asc&amp;");
    }

    @Test
    void anUnknownSortIsTheDefaultAndAPageBeyondTheEndIsTheLastPage() {
        WebSession web = admin();
        String base = "/staff/applications?idNumber=" + person.idNumber();

        HttpResponse<String> injected = web.get(base + "&sort=person_name%3Bdrop%20table&dir=sideways");
        assertThat(injected.statusCode()).isEqualTo(200);
        assertThat(rows(injected.body())).containsExactlyElementsOf(
                expected(Comparator.comparing(Application::submittedAt)).subList(0, OfficeFilter.PAGE_SIZE));
        HttpResponse<String> far = web.get(base + "&page=2147483647");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(rows(far.body())).hasSize(COUNT - OfficeFilter.PAGE_SIZE);
        assertThat(far.body()).contains("第 2 / 2 页");
    }
}
