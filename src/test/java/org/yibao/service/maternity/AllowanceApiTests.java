package org.yibao.service.maternity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessTime;
import org.yibao.service.Applications;
import org.yibao.service.payment.PaymentOrders;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 生育津贴 over the REST API: computed from the employer's bases and 唐山's parameters (hand computation in each
 * test), filed for oneself or by a relative with the mother's e-voucher password, reviewed, paid; bad input and
 * ineligible persons change nothing.
 */
class AllowanceApiTests extends YibaoHttpTest {

    private static final Applications.StaffActor CLERK = new Applications.StaffActor("clerk130200", "130200");

    @Autowired
    Applications applications;

    @Autowired
    PaymentOrders payments;

    @Autowired
    Clock clock;

    @Autowired
    MaternityParameters parameters;

    private LocalDate today() {
        return BusinessTime.today(clock);
    }

    /** A birth this month: the contribution months before it are the ones the test pays. */
    private LocalDate thisMonth() {
        return today().withDayOfMonth(1);
    }

    /** A woman employee of a new 唐山 employer with {@code months} paid months of the given base before this month. */
    private TestPerson employee(String employer, int months, long baseYuan) {
        TestPerson p = insuredPerson("职工" + ThreadLocalRandom.current().nextInt(1000), "130200", "246810", "135790");
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101', employer = ? where person_id = ?")
                .params(employer, p.id()).update();
        YearMonth month = YearMonth.from(today()).minusMonths(1);
        for (int i = 0; i < months; i++, month = month.minusMonths(1)) {
            jdbc.sql("""
                    insert into insured_contribution (person_id, region_code, insutype, period_year, period_month,
                        base_fen, employer_fen, personal_fen, channel, status, paid_on)
                    values (?, '130200', '310', ?, ?, ?, 100, 100, 'EMPLOYER', 'PAID', ?)""")
                    .params(p.id(), month.getYear(), month.getMonthValue(), baseYuan * 100, month.atDay(15)).update();
        }
        return p;
    }

    private String employer() {
        String unit = "U" + System.nanoTime() % 1_000_000_000_000L;
        jdbc.sql("insert into insured_employer (unit_number, name, region_code) values (?, '唐山示范有限公司', '130200')")
                .param(unit).update();
        return unit;
    }

    private String phoneOf(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        return phone;
    }

    private String citizenOf(TestPerson p) {
        return login(phoneOf(p), "Secret2025");
    }

    private Map<String, Object> birth(LocalDate day, boolean difficult, int babies, String accountNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BIRTH");
        body.put("eventDate", day.toString());
        body.put("difficult", difficult);
        body.put("babies", babies);
        body.put("bank", Map.of("category", "ABC", "bankName", "中国农业银行唐山路北支行", "accountNumber", accountNumber,
                "accountName", "唐山示范有限公司", "payee", "EMPLOYER"));
        body.put("contactName", "联系人");
        body.put("contactPhone", "13912345678");
        return body;
    }

    private int applicationsOf(long personId) {
        return jdbc.sql("select count(*) from service_application where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    @Test
    void paysTheEmployersAverageBaseOverThirtyTimesTheDaysOfLeaveOnceApproved() {
        String unit = employer();
        TestPerson mother = employee(unit, 24, 6000);
        employee(unit, 12, 9000);
        // employer: (12 × 6000 + 12 × 9000) ÷ 24 = 7500.00; 98 + 15 难产 + 15 twins + 60 河北 = 188 days;
        // 7500.00 ÷ 30 × 188 = 47000.00
        String phone = phoneOf(mother);
        Json filed = post("/api/v1/applications/maternity-allowance",
                birth(thisMonth(), true, 2, "6228480000000000011"), login(phone, "Secret2025"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("SUBMITTED");
        assertThat(filed.body().get("amount").asDouble()).isEqualTo(47000.00);
        assertThat(filed.body().get("days").asInt()).isEqualTo(188);
        assertThat(filed.body().get("computation").toString()).contains("180000.00 ÷ 24 = 7500.00")
                .contains("7500.00 ÷ 30 × 188 = 47000.00");

        long id = filed.body().get("applicationId").asLong();
        applications.approve(CLERK, id, null);
        assertThat(payments.of(id).orElseThrow().status()).isEqualTo(PaymentOrders.Status.PENDING);
        PaymentOrders.Order paid = payments.send(CLERK, id);
        assertThat(paid.status()).isEqualTo(PaymentOrders.Status.PAID);
        assertThat(paid.amount().toString()).isEqualTo("47000.00");

        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        String progress = web.get("/applications/" + id).body();
        assertThat(progress).contains("生育津贴申报").contains("7500.00 ÷ 30 × 188 = 47000.00").contains("已拨付");
    }

    /** 唐山's rule in force on the day, as a version from {@code from} on with the given 流产 table. */
    private void version(LocalDate day, LocalDate from, String table) {
        MaternityParameters.Rule r = parameters.inForce("130200", day).orElseThrow();
        parameters.save(new MaternityParameters.Rule(r.regionCode(), from, r.minMonths(), r.baseDays(),
                r.difficultDays(), r.extraBabyDays(), r.provinceExtraDays(), r.earlyMiscarriageDays(),
                r.lateMiscarriageDays(), r.miscarriageWeeks(), r.payee(), table), "admin");
    }

    @Test
    void aMiscarriageGetsTheDaysOfTheRegionsTableByWeeksInForceThatDay() {
        // yesterday only, 唐山 has a 流产 table: from week 10 on 20 days (the two tiers would give 15)
        LocalDate day = today().minusDays(1);
        version(day, day.plusDays(1), null);
        version(day, day, "1:15,10:20,16:42");
        TestPerson mother = employee(employer(), 13, 6000);
        Map<String, Object> body = birth(day, false, 1, "6228480000000000029");
        body.put("kind", "MISCARRIAGE");
        body.put("weeks", 12);
        body.remove("babies");
        // 6000.00 ÷ 30 × 20 = 4000.00
        Json filed = post("/api/v1/applications/maternity-allowance", body, citizenOf(mother));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.body().get("days").asInt()).isEqualTo(20);
        assertThat(filed.body().get("amount").asDouble()).isEqualTo(4000.00);
        assertThat(filed.body().get("computation").toString()).contains("流产（孕12周，本地区流产假表孕10周起）20天")
                .contains("6000.00 ÷ 30 × 20 = 4000.00");
        assertThat(parameters.inForce("130200", today()).orElseThrow().table()).as("today the tiers again").isEmpty();
    }

    @Test
    void aRefusedTransferReturnsToAwaitingPaymentWithTheBanksReason() {
        TestPerson mother = employee(employer(), 13, 4500);
        // alone in her employer: 4500.00 ÷ 30 × (98 + 60) = 23700.00
        Json filed = post("/api/v1/applications/maternity-allowance",
                birth(thisMonth(), false, 1, "6228480000000004444"), citizenOf(mother));
        assertThat(filed.body().get("amount").asDouble()).isEqualTo(23700.00);
        long id = filed.body().get("applicationId").asLong();
        applications.approve(CLERK, id, null);

        PaymentOrders.Order failed = payments.send(CLERK, id);
        assertThat(failed.status()).isEqualTo(PaymentOrders.Status.PENDING);
        assertThat(failed.failureReason()).contains("销户");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aRelativeFilesWithTheMothersEvoucherPasswordAndAWrongPasswordFilesNothing() {
        TestPerson mother = employee(employer(), 12, 5000);
        TestPerson relative = insuredPerson("亲属", "130200", "246810", null);
        String token = citizenOf(relative);
        Map<String, Object> body = birth(thisMonth(), false, 1, "6228480000000000029");
        body.put("agentRelation", "配偶");
        body.put("agentAddress", "唐山市路北区示范路1号");
        body.put("other", Map.of("idNumber", mother.idNumber(), "phone", "13912345678", "evoucherPassword", "000000"));
        Json refused = post("/api/v1/applications/maternity-allowance", body, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("SERVICE_OTHER_PASSWORD_WRONG");
        assertThat(applicationsOf(mother.id())).isZero();

        body.put("other", Map.of("idNumber", mother.idNumber(), "phone", "13912345678", "evoucherPassword", "135790"));
        Json filed = post("/api/v1/applications/maternity-allowance", body, token);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        // 5000.00 ÷ 30 × 158 = 26333.33
        assertThat(filed.body().get("amount").asDouble()).isEqualTo(26333.33);
        assertThat(jdbc.sql("select route from service_application where person_id = ?").param(mother.id())
                .query(String.class).single()).isEqualTo("VERIFIED");
    }

    @Test
    void refusesAnEmployeeShortOfTheRegionsContributionMonths() {
        TestPerson mother = employee(employer(), 11, 5000);
        Json refused = post("/api/v1/applications/maternity-allowance",
                birth(thisMonth(), false, 1, "6228480000000000037"), citizenOf(mother));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("ALLOWANCE_MONTHS_SHORT");
        assertThat(applicationsOf(mother.id())).isZero();
    }

    @Test
    void refusesFutureDatesBadAccountsTheWrongPayeeAndASecondClaimForOneBirth() {
        TestPerson mother = employee(employer(), 12, 5000);
        String token = citizenOf(mother);
        Json future = post("/api/v1/applications/maternity-allowance",
                birth(today().plusDays(1), false, 1, "6228480000000000045"), token);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.toString()).contains("CLAIM_DATE_FUTURE");
        Json account = post("/api/v1/applications/maternity-allowance",
                birth(thisMonth(), false, 1, "62284800-12"), token);
        assertThat(account.status()).isEqualTo(400);
        assertThat(account.toString()).contains("CLAIM_BANK_ACCOUNT_FORMAT");
        Map<String, Object> person = birth(thisMonth(), false, 1, "6228480000000000045");
        person.put("bank", Map.of("category", "ABC", "bankName", "农行", "accountNumber", "6228480000000000045",
                "accountName", mother.name(), "payee", "PERSON"));
        Json payee = post("/api/v1/applications/maternity-allowance", person, token);
        assertThat(payee.status()).isEqualTo(400);
        assertThat(payee.toString()).contains("ALLOWANCE_PAYEE_EMPLOYER");
        assertThat(applicationsOf(mother.id())).isZero();

        Map<String, Object> good = birth(thisMonth(), false, 1, "6228480000000000045");
        assertThat(post("/api/v1/applications/maternity-allowance", good, token).status()).isEqualTo(201);
        Json again = post("/api/v1/applications/maternity-allowance", good, token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("ALLOWANCE_ALREADY_CLAIMED");
        assertThat(applicationsOf(mother.id())).isEqualTo(1);
    }
}
