package org.yibao.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 公服待办业务查询 pages in SQL: every matching submission is counted and reachable page by page, in one order
 * across service applications and resident enrollments. Each test uses a day of its own long ago, so that the
 * shared database's other submissions stay out of its filter.
 */
class PendingPagingTests extends YibaoHttpTest {

    @Autowired
    private DataSource dataSource;

    private static final Pattern REVIEW = Pattern.compile("id=\"review-(\\d+)\"");

    private static final Pattern ANCHOR = Pattern.compile("id=\"((?:application|enrollment)-\\d+)\"");

    @Test
    void countsAndPagesEveryEnrollmentNotOnlyTheFirstTwoHundredOfAStatus() {
        OffsetDateTime day = OffsetDateTime.parse("1998-02-03T08:00:00+08:00");
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            anchors.add("enrollment-" + enrollment("130600", day.plusMinutes(i)));
        }
        WebSession clerk = clerk("clerk130600");
        String filter = "/staff/applications/all?type=RESIDENT_ENROLLMENT&from=1998-02-03&to=1998-02-03";
        String first = clerk.get(filter).body();
        assertThat(first).contains("共 230 件");
        assertThat(anchors(first)).isEqualTo(anchors.subList(0, 20));
        assertThat(anchors(clerk.get(filter + "&page=12").body())).isEqualTo(anchors.subList(220, 230));
    }

    @Test
    void theEnrollmentReviewQueueReachesEveryEnrollmentOfItsRegionPageByPage() {
        OffsetDateTime day = OffsetDateTime.parse("1998-02-05T08:00:00+08:00");
        for (int i = 0; i < 230; i++) {
            enrollment("130600", day.plusMinutes(i));
        }
        enrollment("130200", day);
        List<Long> waiting = jdbc.sql("""
                select id from insured_enrollment where region_code = '130600' and status = 'SUBMITTED'
                order by coalesce(submitted_at, created_at), id""").query(Long.class).list();
        WebSession clerk = clerk("clerk130600");
        int pages = (waiting.size() + 49) / 50;
        assertThat(clerk.get("/staff/enrollments").body()).contains("第1/" + pages + "页").contains("共" + waiting.size() + "件");
        List<Long> listed = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            Matcher m = REVIEW.matcher(clerk.get("/staff/enrollments?status=SUBMITTED&page=" + page).body());
            while (m.find()) {
                listed.add(Long.parseLong(m.group(1)));
            }
        }
        assertThat(listed).as("every enrollment once, oldest first, none of another region").isEqualTo(waiting);
        assertThat(clerk.get("/staff/enrollments?page=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void mergesApplicationsAndEnrollmentsInSubmissionOrderAcrossPages() {
        OffsetDateTime day = OffsetDateTime.parse("1998-02-04T08:00:00+08:00");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            OffsetDateTime at = day.plusMinutes(i);
            expected.add(i % 3 == 0 ? "enrollment-" + enrollment("130600", at) : "application-" + application("130600", at));
        }
        application("130200", day.plusMinutes(5));
        enrollment("130200", day.plusMinutes(6));
        WebSession clerk = clerk("clerk130600");
        String filter = "/staff/applications/all?from=1998-02-04&to=1998-02-04";
        String first = clerk.get(filter).body();
        assertThat(first).contains("共 30 件");
        assertThat(anchors(first)).isEqualTo(expected.subList(0, 20));
        assertThat(anchors(clerk.get(filter + "&page=2").body())).isEqualTo(expected.subList(20, 30));
        assertThat(anchors(clerk.get(filter + "&page=3").body())).isEmpty();
        HttpResponse<String> csv = clerk.get("/staff/applications/export.csv?from=1998-02-04&to=1998-02-04");
        assertThat(csv.body().split("\r\n")).hasSize(31);
    }

    @Test
    void readsARegionsSubmissionsInTheirOrderFromAnIndexWithoutSortingThem() throws Exception {
        String plan;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            StringBuilder lines = new StringBuilder();
            try (ResultSet rs = s.executeQuery("""
                    explain select submitted_at, id from service_application
                    where status <> 'DRAFT' and region_code = '130600' order by submitted_at, id limit 20""")) {
                while (rs.next()) {
                    lines.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("reset enable_seqscan");
            }
            plan = lines.toString();
        }
        assertThat(plan).contains("service_application_region_submitted_idx").doesNotContain("Sort");
    }

    private WebSession clerk(String login) {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", "Clerk2025"));
        assertThat(r.uri().getPath()).isEqualTo("/staff");
        return web;
    }

    private static List<String> anchors(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = ANCHOR.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private long enrollment(String region, OffsetDateTime submitted) {
        String idNumber = String.format("8%017d", System.nanoTime() % 100_000_000_000_000_000L);
        return jdbc.sql("""
                insert into insured_enrollment (applicant_account, region_code, id_number, name, phone, category, for_self,
                    status, created_at, submitted_at)
                values (0, ?, ?, '分页', '13900000000', 'ADULT', true, 'SUBMITTED', ?, ?) returning id""")
                .params(region, idNumber, submitted, submitted).query(Long.class).single();
    }

    private long application(String region, OffsetDateTime submitted) {
        return jdbc.sql("""
                insert into service_application (type, applicant_account, person_id, person_name, person_id_number,
                    route, region_code, status, summary, created_at, submitted_at, updated_at)
                values ('CHRONIC_DISEASE', (select min(id) from identity_account), (select min(id) from insured_person),
                        '分页', '110101199001011237', 'SELF', ?, 'SUBMITTED', '分页', ?, ?, ?)
                returning id""")
                .params(region, submitted, submitted, submitted).query(Long.class).single();
    }
}
