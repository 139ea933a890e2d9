package org.yibao.service.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessTime;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * The claim pages refuse bad input on the step where it was typed, in words, and keep nothing of it: a malformed
 * bank account, the payee the region does not pay, dates out of order or in the future, a total that is not an
 * amount, a submission before every step is done; nobody reads or changes another account's draft.
 */
class ClaimPagesTests extends YibaoHttpTest {

    private static final String BASE = "/services/reimbursement";

    @Autowired
    Clock clock;

    private WebSession citizen(TestPerson p) {
        String phone = registeredPhone("Pages2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Pages2025"));
        return web;
    }

    /** 选择申报人 本人申报: answers the new draft's id. */
    private long draft(WebSession web, String base) {
        HttpResponse<String> r = web.submit(base, base + "/applications", Map.of("variant", "GENERAL", "route", "SELF"));
        String path = r.uri().getPath();
        assertThat(path).as(r.body()).endsWith("/patient");
        return Long.parseLong(path.replaceAll(".*/applications/(\\d+)/patient", "$1"));
    }

    private String form(long id) {
        return jdbc.sql("select form::text from service_application where id = ?").param(id).query(String.class).single();
    }

    private static Map<String, String> bank(String account, String payee, String holder) {
        return Map.of("category", "CCB", "bankName", "中国建设银行唐山分行", "accountNumber", account,
                "accountName", holder, "payee", payee);
    }

    private Map<String, String> outpatient(String day, String total) {
        Map<String, String> m = new HashMap<>();
        m.put("medType", "11");
        m.put("visitDate", day);
        m.put("institutionCode", "H13020300002");
        m.put("invoices", "FP" + System.nanoTime());
        m.put("totalAmount", total);
        m.put("contactName", "联系人");
        m.put("contactPhone", "13912345678");
        return m;
    }

    @Test
    void refusesAMalformedBankAccountAndKeepsNoAccount() {
        TestPerson p = insuredPerson("银行账号", "130200", "246810", null);
        WebSession web = citizen(p);
        long id = draft(web, BASE);
        String page = BASE + "/applications/" + id + "/patient";
        String before = form(id);
        HttpResponse<String> r = web.submit(page, page, bank("6217-ABC", "PERSON", p.name()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("银行账号应为12至30位数字");
        HttpResponse<String> holder = web.submit(page, page, bank("6217000000000000090", "PERSON", "别人"));
        assertThat(holder.body()).contains("银行户名须为参保人本人姓名");
        assertThat(form(id)).isEqualTo(before);
    }

    @Test
    void refusesDatesOutOfOrderFutureDaysAndATotalThatIsNoAmountKeepingNothing() {
        TestPerson p = insuredPerson("日期顺序", "130200", "246810", null);
        WebSession web = citizen(p);
        long id = draft(web, BASE);
        String patient = BASE + "/applications/" + id + "/patient";
        assertThat(web.submit(patient, patient, bank("6217000000000000090", "PERSON", p.name())).uri().getPath())
                .endsWith("/details");
        String before = form(id);
        String page = BASE + "/applications/" + id + "/details";
        LocalDate today = BusinessTime.today(clock);

        Map<String, String> stay = outpatient(null, "100.00");
        stay.remove("visitDate");
        stay.put("medType", "21");
        stay.put("admissionDate", today.toString());
        stay.put("dischargeDate", today.minusDays(1).toString());
        assertThat(web.submit(page, page, stay).body()).contains("出院日期不能早于入院日期");
        assertThat(web.submit(page, page, outpatient(today.plusDays(1).toString(), "100.00")).body())
                .contains("日期不能晚于今天");
        assertThat(web.submit(page, page, outpatient(today.toString(), "1百元")).body())
                .contains("费用总额应为金额");
        assertThat(form(id)).isEqualTo(before);

        HttpResponse<String> early = web.get(BASE + "/applications/" + id + "/confirm");
        assertThat(early.uri().getPath()).endsWith("/details");
        String confirm = BASE + "/applications/" + id + "/confirm";
        web.submit(page, BASE + "/applications/" + id + "/submit", Map.of());
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(web.submit(page, page, outpatient(today.toString(), "100.00")).uri().getPath())
                .endsWith("/materials");
        HttpResponse<String> missing = web.submit(page, BASE + "/applications/" + id + "/submit", Map.of());
        assertThat(missing.body()).contains("请上传此项材料");
        assertThat(web.get(confirm).uri().getPath()).endsWith("/materials");
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    void refusesTheAllowancePayeeTheRegionDoesNotPay() {
        TestPerson p = insuredPerson("津贴拨付", "130200", "246810", null);
        WebSession web = citizen(p);
        String base = "/services/maternity-allowance";
        long id = draft(web, base);
        String page = base + "/applications/" + id + "/patient";
        String before = form(id);
        HttpResponse<String> r = web.submit(page, page, bank("6217000000000000090", "PERSON", p.name()));
        assertThat(r.body()).contains("生育津贴拨付给参保单位");
        assertThat(form(id)).isEqualTo(before);
    }

    @Test
    void anotherAccountNeitherReadsNorChangesTheDraft() {
        TestPerson owner = insuredPerson("草稿主人", "130200", "246810", null);
        long id = draft(citizen(owner), BASE);
        WebSession stranger = citizen(insuredPerson("陌生人", "130200", "246810", null));
        String page = BASE + "/applications/" + id + "/patient";
        assertThat(stranger.get(page).statusCode()).isEqualTo(404);
        String before = form(id);
        assertThat(stranger.submit("/services/reimbursement", page, bank("6217000000000000090", "PERSON", "陌生人"))
                .statusCode()).isEqualTo(404);
        assertThat(form(id)).isEqualTo(before);
    }
}
