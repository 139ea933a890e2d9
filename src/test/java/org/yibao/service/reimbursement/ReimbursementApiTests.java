package org.yibao.service.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.service.Applications;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.payment.PaymentOrders;
import org.yibao.support.YibaoHttpTest;

/**
 * 零星报销 over the REST API and the clerk's assessment: the split computed by the policy engine (hand computation
 * below), the payment order, one invoice reimbursed once, and bad input refused with nothing kept.
 */
class ReimbursementApiTests extends YibaoHttpTest {

    private static final Applications.StaffActor CLERK = new Applications.StaffActor("clerk130200", "130200");
    /** 唐山市路北区社区卫生服务中心, level 1. */
    private static final String COMMUNITY_HOSPITAL = "H13020300002";

    @Autowired
    Applications applications;

    @Autowired
    ReimbursementApplying applying;

    @Autowired
    PaymentOrders payments;

    @Autowired
    org.yibao.service.Subjects subjects;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return BusinessTime.today(clock);
    }

    private String citizenOf(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        return login(phone, "Secret2025");
    }

    private Map<String, Object> inpatient(TestPerson p, String invoice, String total) {
        Map<String, Object> body = new HashMap<>();
        body.put("medType", "21");
        body.put("admissionDate", today().minusDays(4).withYear(today().getYear()).toString());
        body.put("dischargeDate", today().toString());
        body.put("institutionCode", COMMUNITY_HOSPITAL);
        body.put("invoiceNumbers", List.of(invoice));
        body.put("totalAmount", total);
        body.put("bank", Map.of("category", "CCB", "bankName", "中国建设银行唐山分行", "accountNumber",
                "6217000000000000017", "accountName", p.name(), "payee", "PERSON"));
        body.put("contactName", p.name());
        body.put("contactPhone", "13912345678");
        return body;
    }

    private static String invoice() {
        return "FP" + System.nanoTime();
    }

    private int applicationsOf(long personId) {
        return jdbc.sql("select count(*) from service_application where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    @Test
    void theClerksItemsAreComputedLikeADirectSettlementAndTheFundsPartIsPaid() {
        TestPerson p = insuredPerson("报销人", "130200", "246810", null);
        String token = citizenOf(p);
        Json filed = post("/api/v1/applications/reimbursement", inpatient(p, invoice(), "350.00"), token);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("SUBMITTED");
        long id = filed.body().get("applicationId").asLong();

        // 阿莫西林 20 × 12.50 = 250.00 甲类; 保健营养品 5 × 20.00 = 100.00 丙类, self-paid. Resident 住院 at level 1:
        // deductible 200.00 per stay, 85 %: (250.00 − 200.00) × 85 % = 42.50 from the fund, 307.50 the person's
        ClaimCalculator.Split split = applying.assess(CLERK, id, List.of(
                new ClaimCalculator.Item("XJ01CAA001", BigDecimal.valueOf(20), Money.ofYuan("12.50")),
                new ClaimCalculator.Item("C99000001", BigDecimal.valueOf(5), Money.ofYuan("20.00"))));
        assertThat(split.fund()).isEqualTo(Money.ofYuan("42.50"));
        assertThat(split.personal()).isEqualTo(Money.ofYuan("307.50"));
        assertThat(split.fullOwnPay()).isEqualTo(Money.ofYuan("100.00"));
        assertThat(split.explanation()).anyMatch(l -> l.contains("85%"));

        applications.approve(CLERK, id, null);
        PaymentOrders.Order paid = payments.send(CLERK, id);
        assertThat(paid.status()).isEqualTo(PaymentOrders.Status.PAID);
        assertThat(paid.amount()).isEqualTo(Money.ofYuan("42.50"));
        Json progress = get("/api/v1/applications/" + id, token);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body().toString()).contains("已拨付").contains("42.50").contains("APPROVED");
    }

    @Test
    void refusesAnInvoiceAnotherClaimHoldsAndItemsThatDoNotAddUpToTheTotal() {
        TestPerson p = insuredPerson("重复发票", "130200", "246810", null);
        String token = citizenOf(p);
        String number = invoice();
        long id = post("/api/v1/applications/reimbursement", inpatient(p, number, "100.00"), token).body()
                .get("applicationId").asLong();
        Json again = post("/api/v1/applications/reimbursement", inpatient(p, number.toLowerCase(), "100.00"), token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("CLAIM_INVOICE_TAKEN");
        assertThat(applicationsOf(p.id())).isEqualTo(1);

        assertThatThrownBy(() -> applying.assess(CLERK, id, List.of(
                new ClaimCalculator.Item("XJ01CAA001", BigDecimal.ONE, Money.ofYuan("12.50")))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("CLAIM_ITEMS_TOTAL_MISMATCH");
        assertThatThrownBy(() -> applications.approve(CLERK, id, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("CLAIM_NOT_ASSESSED");
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isIn("SUBMITTED", "IN_REVIEW");
        assertThat(payments.of(id)).isEmpty();
    }

    @Test
    void refusesDatesOutOfOrderFutureDatesBadAccountsAndBadTotalsWithNothingKept() {
        TestPerson p = insuredPerson("坏输入", "130200", "246810", null);
        String token = citizenOf(p);
        Map<String, Object> order = inpatient(p, invoice(), "100.00");
        order.put("admissionDate", today().toString());
        order.put("dischargeDate", today().minusDays(1).toString());
        assertThat(post("/api/v1/applications/reimbursement", order, token).toString())
                .contains("CLAIM_DISCHARGE_BEFORE_ADMISSION");
        Map<String, Object> future = inpatient(p, invoice(), "100.00");
        future.put("dischargeDate", today().plusDays(2).toString());
        assertThat(post("/api/v1/applications/reimbursement", future, token).toString()).contains("CLAIM_DATE_FUTURE");
        Map<String, Object> bad = inpatient(p, invoice(), "-5");
        bad.put("bank", Map.of("category", "CCB", "bankName", "建行", "accountNumber", "6217abc",
                "accountName", "别人", "payee", "PERSON"));
        Json refused = post("/api/v1/applications/reimbursement", bad, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toString()).contains("CLAIM_TOTAL_FORMAT").contains("CLAIM_BANK_ACCOUNT_FORMAT")
                .contains("CLAIM_BANK_HOLDER_MISMATCH");
        Map<String, Object> outside = inpatient(p, invoice(), "100.00");
        outside.remove("institutionCode");
        outside.put("institutionName", "外地某医院");
        assertThat(post("/api/v1/applications/reimbursement", outside, token).toString()).contains("selfPayReason");
        assertThat(applicationsOf(p.id())).isZero();
    }

    @Test
    void aMaternityClaimNeedsTheBirthFieldsAndIsFiledAsMaternityCare() {
        TestPerson p = insuredPerson("生育报销", "130200", "246810", null);
        String token = citizenOf(p);
        Map<String, Object> body = inpatient(p, invoice(), "3000.00");
        body.put("medType", "52");
        assertThat(post("/api/v1/applications/reimbursement", body, token).toString())
                .contains("CLAIM_MATERNITY_REQUIRED");
        body.put("maternity", Map.of("claimantCategory", "EMPLOYEE", "familyPlanning", false,
                "eventDate", today().minusDays(2).toString(), "parity", 1, "babies", 1));
        Json filed = post("/api/v1/applications/reimbursement", body, token);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.text("variant")).isEqualTo("MATERNITY");
    }

    @Test
    void aVisitSettledDirectlyCannotBeClaimed() {
        Map<String, Object> settled = jdbc.sql("""
                select s.person_id, s.institution_code, (s.setl_time at time zone 'Asia/Shanghai')::date as day
                from settlement_settlement s join insured_period p on p.person_id = s.person_id and p.status = '1'
                where s.status = 'SETTLED' and s.institution_code like 'H1302%' and p.region_code = '130200'
                  and coalesce(s.medins_setl_id, '') not like 'CLAIM:%'
                  and s.setl_time > now() - interval '600 days' order by s.setl_time desc limit 1""")
                .query().singleRow();
        long personId = ((Number) settled.get("person_id")).longValue();
        String day = settled.get("day").toString();
        ReimbursementForm form = new ReimbursementForm("11", null, null, day, (String) settled.get("institution_code"),
                null, List.of(invoice()), "80.00", null, null, new org.yibao.service.payment.BankAccount("CCB",
                "建行", "6217000000000000041", "某人", "EMPLOYER"), "联系人", "13912345678", "配偶", "示范路1号", null);
        int before = applicationsOf(personId);
        assertThatThrownBy(() -> applying.file(900_000_000L + personId, subjects.previouslyVerified(personId), form,
                org.yibao.common.AuditTrail.Channel.API)).hasMessageContaining("CLAIM_SETTLED_DIRECTLY");
        assertThat(applicationsOf(personId)).isEqualTo(before);
    }
}
