package org.yibao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * 个人账户月度划入 in the back office: the administrator starts a month, the run credits in the background and its
 * progress is visible from the database; a second start joins the running one; a run whose node died is taken
 * over and goes on; clerks and citizens are refused; a month that cannot be credited records nothing.
 */
class CreditingPagesTests extends AccountFixtures {

    private static final String PAGE = "/staff/admin/crediting";

    @Autowired
    MonthlyCrediting crediting;

    @Autowired
    CreditingRuns runs;

    @Autowired
    DataSource dataSource;

    private void contribution(long person, YearMonth month, long accountFen, String status) {
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
                values (?, '130200', '310', ?, ?, ?, ?, ?, ?, 'EMPLOYER', ?, ?)""")
                .params(person, month.getYear(), month.getMonthValue(), accountFen * 50, accountFen * 4, accountFen,
                        accountFen, status, month.atEndOfMonth()).update();
    }

    private HttpResponse<String> start(WebSession web, String month) {
        return web.submit(PAGE, PAGE, Map.of("month", month, "confirmed", "yes"));
    }

    private long attempts(YearMonth month) {
        return jdbc.sql("select count(*) from account_crediting_attempt where period_year = ? and period_month = ?")
                .params(month.getYear(), month.getMonthValue()).query(Long.class).single();
    }

    /** The newest run as the page's refresh reads it, asked until {@code until} holds (at most 20 s). */
    private JsonNode progress(WebSession web, Predicate<JsonNode> until) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<String> r = web.get(PAGE + "/progress", "application/json");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode run = JSON.readTree(r.body()).get("run");
            if (until.test(run) || System.nanoTime() > end) {
                return run;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void creditsAStartedMonthInTheBackgroundAndASecondStartJoinsTheRunningRun() throws Exception {
        YearMonth month = YearMonth.of(1961, 3);
        long a = personWithAccount("职工甲", "10.00");
        long b = personWithAccount("职工乙", "0.00");
        long c = personWithoutAccount("职工丙");
        long arrears = personWithAccount("职工丁", "5.00");
        contribution(a, month, 10_000, "PAID");
        contribution(b, month, 20_000, "PAID");
        contribution(c, month, 5_050, "PAID");
        contribution(arrears, month, 7_000, "ARREARS");
        // a run of a node that stopped before its first batch left the month's row; holding its lock keeps the new
        // run at its first batch long enough to be seen running
        jdbc.sql("""
                insert into account_crediting_run (period_year, period_month, status, started_at)
                values (?, ?, 'RUNNING', now())""").params(month.getYear(), month.getMonthValue()).update();
        WebSession admin = staffSession("admin", "Admin2025");
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement(
                    "select 1 from account_crediting_run where period_year = 1961 and period_month = 3 for update")) {
                lock.executeQuery();
            }
            HttpResponse<String> started = start(admin, month.toString());
            assertThat(started.body()).contains("已开始 1961-03 的个人账户月度划入", "1961-03 的划入", "进行中");
            JsonNode running = progress(admin, r -> !r.get("due").isNull());
            assertThat(running.get("status").asString()).isEqualTo("RUNNING");
            assertThat(running.get("month").asString()).isEqualTo("1961-03");
            assertThat(running.get("due").asInt()).isEqualTo(3);
            assertThat(running.get("done").asInt()).isZero();

            HttpResponse<String> again = start(admin, month.toString());
            assertThat(again.body()).contains("1961-03 的划入已在进行中（发起人：admin），未重复发起");
            CreditingRuns.Start bySchedule = runs.start(month, CreditingRun.SCHEDULE);
            assertThat(bySchedule.joined()).isTrue();
            assertThat(bySchedule.run().id()).isEqualTo(running.get("id").asLong());
            assertThat(attempts(month)).isEqualTo(1);
            held.rollback();
        }
        JsonNode done = progress(admin, r -> !"RUNNING".equals(r.get("status").asString()));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("statusText").asString()).isEqualTo("已完成");
        assertThat(done.get("due").asInt()).isEqualTo(3);
        assertThat(done.get("done").asInt()).isEqualTo(3);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("credited").asString()).isEqualTo("350.50");
        assertThat(balance(a)).isEqualTo(yuan("110.00"));
        assertThat(balance(b)).isEqualTo(yuan("200.00"));
        assertThat(balance(c)).isEqualTo(yuan("50.50"));
        assertThat(balance(arrears)).isEqualTo(yuan("5.00"));
        assertThat(attempts(month)).isEqualTo(1);
        assertThat(admin.get(PAGE).body()).contains("已完成",
                "<span id=\"crediting-done\">3</span> / <span id=\"crediting-due\">3</span>", "350.50 元");
        assertThat(jdbc.sql("""
                select count(*) from common_audit_record where action = 'ACCOUNT_CREDITING_STARTED'
                and subject = 'month:1961-03' and actor = 'staff:admin'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStartTakesOverARunWhoseNodeStoppedShowingProgressAndGoesOnWhereItStopped() throws Exception {
        YearMonth month = YearMonth.of(1962, 4);
        long credited = personWithAccount("职工戊", "0.00");
        long left = personWithAccount("职工己", "0.00");
        contribution(credited, month, 10_000, "PAID");
        crediting.credit(month);
        // the dead node had credited the first account and died before the second's batch and the month's end
        jdbc.sql("update account_crediting_run set status = 'RUNNING', finished_at = null where period_year = 1962 and period_month = 4")
                .update();
        contribution(left, month, 6_000, "PAID");
        long dead = jdbc.sql("""
                insert into account_crediting_attempt (period_year, period_month, started_by, started_at, progress_at,
                                                       due, done, credited_fen, status)
                values (1962, 4, 'admin', now() - interval '20 minutes', now() - interval '10 minutes', 2, 1, 10000,
                        'RUNNING') returning id""").query(Long.class).single();
        WebSession admin = staffSession("admin", "Admin2025");
        assertThat(start(admin, "1962-04").body()).contains("已开始 1962-04 的个人账户月度划入");
        JsonNode done = progress(admin, r -> !"RUNNING".equals(r.get("status").asString()));
        assertThat(done.get("id").asLong()).isNotEqualTo(dead);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("done").asInt()).isEqualTo(1);
        assertThat(done.get("credited").asString()).isEqualTo("60.00");
        assertThat(runs.find(dead).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CreditingRun.Status.FAILED);
            assertThat(r.reason()).isEqualTo(CreditingRun.Reason.STALE);
        });
        assertThat(balance(credited)).isEqualTo(yuan("100.00"));
        assertThat(balance(left)).isEqualTo(yuan("60.00"));
        assertThat(journalSum(left)).isEqualTo(balance(left));
        assertThat(admin.get(PAGE).body()).contains("运行节点长时间没有进展，视为中断");
        assertThat(start(admin, "1962-04").body()).contains("1962-04 已划入完毕，不会重复划入");
        assertThat(attempts(month)).isEqualTo(2);
    }

    @Test
    void refusesAMonthThatHasNotEndedOrCannotBeCreditedAndRecordsNothing() {
        WebSession admin = staffSession("admin", "Admin2025");
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        long audits = audits();
        for (YearMonth month : new YearMonth[] {now, now.plusMonths(1), now.plusYears(3)}) {
            assertThat(start(admin, month.toString()).body()).contains(month + " 尚未结束，只能划入已结束月份的缴费");
            assertThat(admin.submit(PAGE, PAGE, Map.of("month", month.toString())).body())
                    .contains(month + " 尚未结束").doesNotContain("确认开始划入");
            assertThat(attempts(month)).isZero();
        }
        assertThat(start(admin, "1950-12").body()).contains("只能划入 1951 年 1 月及以后的月份");
        for (String bad : new String[] {"2025-13", "abc", "", "2025-1", "２０２５-01", "2025-10' or 1=1"}) {
            assertThat(start(admin, bad).body()).contains("请按“年-月”选择要划入的月份");
        }
        // the demo's opening balances contain every month of its contribution history
        assertThat(start(admin, now.minusMonths(1).toString()).body()).contains(now.minusMonths(1) + " 已划入完毕");
        assertThat(attempts(now.minusMonths(1))).isZero();
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void asksToConfirmBeforeStartingAndTheFormOffersLastMonth() {
        YearMonth month = YearMonth.of(1963, 5);
        WebSession admin = staffSession("admin", "Admin2025");
        YearMonth last = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
        assertThat(admin.get(PAGE).body()).contains("个人账户月度划入", "value=\"" + last + "\"", "max=\"" + last + "\"");
        HttpResponse<String> asked = admin.submit(PAGE, PAGE, Map.of("month", month.toString()));
        assertThat(asked.body()).contains("开始 1963-05 的个人账户月度划入", "确认开始划入", "/staff/admin/crediting?month=1963-05");
        assertThat(attempts(month)).isZero();
        assertThat(admin.get("/staff").body()).contains("staff-admin-crediting");
    }

    @Test
    void onlyTheAdministratorSeesAndStartsCrediting() {
        YearMonth month = YearMonth.of(1964, 6);
        WebSession clerk = staffSession("clerk130200", "Clerk2025");
        assertThat(clerk.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(clerk.get(PAGE + "/progress", "application/json").statusCode()).isEqualTo(403);
        assertThat(clerk.submit("/staff", PAGE, Map.of("month", month.toString(), "confirmed", "yes")).statusCode())
                .isEqualTo(403);
        assertThat(clerk.get("/staff").body()).doesNotContain("staff-admin-crediting");

        String phone = registeredPhone("Secret2025");
        WebSession citizen = new WebSession(port);
        citizen.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(citizen.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(citizen.get(PAGE + "/progress", "application/json").statusCode()).isEqualTo(403);
        assertThat(citizen.submit("/me", PAGE, Map.of("month", month.toString(), "confirmed", "yes")).statusCode())
                .isEqualTo(403);
        assertThat(attempts(month)).isZero();
    }

    private long audits() {
        return jdbc.sql("select count(*) from common_audit_record where action = 'ACCOUNT_CREDITING_STARTED'")
                .query(Long.class).single();
    }
}
