package org.yibao.service.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.service.Applications;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.PaymentOrders;
import org.yibao.settlement.Consumptions;
import org.yibao.support.YibaoHttpTest;

/**
 * An approved 零星报销 is the person's settlement: recorded once through ManualClaims (基本医保 and 医疗救助 lines
 * that add up), counted in the year's accumulators, its invoice never claimable again; revoking an unpaid claim
 * reverses it exactly, and a paid one cannot be revoked.
 */
class ClaimSettlementTests extends YibaoHttpTest {

    private static final Applications.StaffActor CLERK = new Applications.StaffActor("clerk130200", "130200");

    @Autowired
    ReimbursementApplying applying;

    @Autowired
    Applications applications;

    @Autowired
    PaymentOrders payments;

    @Autowired
    ClaimCalculator calculator;

    @Autowired
    Subjects subjects;

    @Autowired
    Clock clock;

    @Autowired
    Consumptions consumptions;

    private long filed(TestPerson p, String invoice, String account) {
        LocalDate today = BusinessTime.today(clock);
        ReimbursementForm form = new ReimbursementForm("21", today.minusDays(3).toString(), today.toString(), null,
                "H13020300002", null, List.of(invoice), "350.00", null, null,
                new BankAccount("CCB", "中国建设银行唐山分行", account, p.name(), "PERSON"), p.name(), "13912345678",
                "配偶", "唐山市路北区示范路1号", null);
        return applying.file(900_000_000L + p.id(), subjects.previouslyVerified(p.id()), form, AuditTrail.Channel.API);
    }

    private static List<ClaimCalculator.Item> twoItems() {
        return List.of(new ClaimCalculator.Item("XJ01CAA001", BigDecimal.valueOf(20), Money.ofYuan("12.50")),
                new ClaimCalculator.Item("C99000001", BigDecimal.valueOf(5), Money.ofYuan("20.00")));
    }

    /** Everything the person's settlements have added to the year's accumulators, basic and layers. */
    private List<Long> accumulators(long personId) {
        long basic = jdbc.sql("select coalesce(sum(deductible_used_fen + fund_paid_fen), 0) from settlement_accumulator where person_id = ?")
                .param(personId).query(Long.class).single();
        long layers = jdbc.sql("select coalesce(sum(counted_fen + paid_fen), 0) from settlement_layer_accumulator where person_id = ?")
                .param(personId).query(Long.class).single();
        return List.of(basic, layers);
    }

    private int settlements(long personId, String status) {
        return jdbc.sql("select count(*) from settlement_settlement where person_id = ? and status = ? and medins_setl_id like 'CLAIM:%'")
                .params(personId, status).query(Integer.class).single();
    }

    @Test
    void anApprovedClaimIsRecordedOnceAsTheSettlementWithItsLayersAndPaysTheirSum() {
        TestPerson p = insuredPerson("特困报销", "130200", "246810", null);
        jdbc.sql("""
                insert into insured_assistance_status (person_id, assistance_class, valid_from, valid_to, set_by, set_at, reason)
                values (?, 'EXTREME', ?, ?, 'clerk130200', now(), '测试')""")
                .params(p.id(), LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31)).update();
        long id = filed(p, "FP" + System.nanoTime(), "6217000000000000058");
        List<Long> before = accumulators(p.id());
        applying.assess(CLERK, id, twoItems());
        applications.approve(CLERK, id, null);

        // resident 住院 at level 1: (250.00 − 200.00) × 85 % = 42.50 basic; 特困 医疗救助 100 % of the compliant
        // personal part 250.00 − 42.50 = 207.50; 丙类 100.00 stays the person's. Paid: 42.50 + 207.50 = 250.00
        Map<String, Object> s = jdbc.sql("""
                select setl_id, hifp_pay, maf_pay, fund_pay_sumamt, psn_part_amt from settlement_settlement
                where medins_setl_id = ?""").param("CLAIM:APP" + id).query().singleRow();
        assertThat(((Number) s.get("hifp_pay")).longValue()).isEqualTo(4250);
        assertThat(((Number) s.get("maf_pay")).longValue()).isEqualTo(20750);
        assertThat(((Number) s.get("fund_pay_sumamt")).longValue()).isEqualTo(25000);
        assertThat(((Number) s.get("psn_part_amt")).longValue()).isEqualTo(10000);
        assertThat(jdbc.sql("""
                select coalesce(sum((l ->> 'fund_payamt_fen')::bigint), 0) from settlement_settlement,
                    jsonb_array_elements(fund_lines) l where setl_id = ?""")
                .param(s.get("setl_id")).query(Long.class).single()).isEqualTo(25000L);
        assertThat(payments.of(id).orElseThrow().amount()).isEqualTo(Money.ofYuan("250.00"));
        assertThat(consumptions.of(p.id(), new Consumptions.Filter(null, null, null)))
                .singleElement().satisfies(c -> {
                    assertThat(c.setlId()).isEqualTo(s.get("setl_id"));
                    assertThat(c.fund()).isEqualTo(Money.ofYuan("250.00"));
                    assertThat(c.total()).isEqualTo(Money.ofYuan("350.00"));
                });
        assertThat(consumptions.detail((String) s.get("setl_id")).orElseThrow().funds().toString()).contains("610100");
        List<Long> after = accumulators(p.id());
        assertThat(after).isNotEqualTo(before);

        assertThatThrownBy(() -> applications.approve(CLERK, id, null)).isInstanceOf(BusinessException.class);
        ClaimCalculator.Recorded again = calculator.record(new ClaimCalculator.Claim(p.id(),
                BusinessTime.today(clock), "21", "H13020300002", twoItems()), "APP" + id, "clerk130200");
        assertThat(again.setlId()).isEqualTo(s.get("setl_id"));
        assertThat(settlements(p.id(), "SETTLED")).isEqualTo(1);
        assertThat(accumulators(p.id())).isEqualTo(after);
    }

    @Test
    void anInvoiceOfAnApprovedClaimIsRefusedInAnotherClaim() {
        TestPerson p = insuredPerson("发票一次", "130200", "246810", null);
        String invoice = "FP" + System.nanoTime();
        long id = filed(p, invoice, "6217000000000000066");
        applying.assess(CLERK, id, twoItems());
        applications.approve(CLERK, id, null);
        int before = jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Integer.class).single();
        assertThatThrownBy(() -> filed(p, invoice.toLowerCase(), "6217000000000000066"))
                .hasMessageContaining("CLAIM_INVOICE_TAKEN");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void revokingAnUnpaidClaimReversesItsSettlementAndRestoresTheAccumulatorsExactly() {
        TestPerson p = insuredPerson("银行退回", "130200", "246810", null);
        long id = filed(p, "FP" + System.nanoTime(), "6217000000000004444");
        List<Long> before = accumulators(p.id());
        applying.assess(CLERK, id, twoItems());
        applications.approve(CLERK, id, null);
        assertThat(accumulators(p.id())).isNotEqualTo(before);
        PaymentOrders.Order refused = payments.send(CLERK, id);
        assertThat(refused.status()).isEqualTo(PaymentOrders.Status.PENDING);
        assertThat(refused.failureReason()).contains("销户");

        assertThatThrownBy(() -> applying.cancelApproved(CLERK, id, " ")).isInstanceOf(BusinessException.class);
        assertThat(settlements(p.id(), "SETTLED")).isEqualTo(1);
        applying.cancelApproved(CLERK, id, "银行账户已销户，无法入账");
        assertThat(accumulators(p.id())).isEqualTo(before);
        assertThat(settlements(p.id(), "SETTLED")).isZero();
        assertThat(settlements(p.id(), "REVERSED")).isEqualTo(1);
        assertThat(payments.of(id).orElseThrow().status()).isEqualTo(PaymentOrders.Status.CANCELLED);
        assertThatThrownBy(() -> payments.send(CLERK, id)).hasMessageContaining("CLAIM_PAYMENT_NOT_PENDING");
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isEqualTo("REVOKED");
    }

    @Test
    void aPaidClaimCannotBeRevokedAndNothingChanges() {
        TestPerson p = insuredPerson("已拨付", "130200", "246810", null);
        long id = filed(p, "FP" + System.nanoTime(), "6217000000000000074");
        applying.assess(CLERK, id, twoItems());
        applications.approve(CLERK, id, null);
        assertThat(payments.send(CLERK, id).status()).isEqualTo(PaymentOrders.Status.PAID);
        List<Long> paid = accumulators(p.id());
        assertThatThrownBy(() -> applying.cancelApproved(CLERK, id, "误操作"))
                .hasMessageContaining("CLAIM_ALREADY_PAID");
        assertThat(accumulators(p.id())).isEqualTo(paid);
        assertThat(settlements(p.id(), "SETTLED")).isEqualTo(1);
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isEqualTo("APPROVED");
    }

    @Test
    void aMaternityStayIsPaidByTheMaternityFundWithItsOwnParameters() {
        TestPerson p = insuredPerson("生育住院", "130200", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        LocalDate today = BusinessTime.today(clock);
        ReimbursementForm form = new ReimbursementForm("52", today.minusDays(3).toString(), today.toString(), null,
                "H13020300002", null, List.of("FP" + System.nanoTime()), "350.00", null,
                new ReimbursementForm.Maternity("EMPLOYEE", false, today.minusDays(2).toString(), 1, 1),
                new BankAccount("CCB", "中国建设银行唐山分行", "6217000000000000082", p.name(), "PERSON"), p.name(),
                "13912345678", "配偶", "唐山市路北区示范路1号", null);
        long id = applying.file(900_000_000L + p.id(), subjects.previouslyVerified(p.id()), form,
                AuditTrail.Channel.API);
        applying.assess(CLERK, id, twoItems());
        applications.approve(CLERK, id, null);

        // 唐山 employee 生育住院: no deductible, 100 % of the 250.00 甲类 from the 生育保险基金 510100 (cap 5000.00);
        // 丙类 100.00 the person's; no 大病 or 救助 line
        String lines = jdbc.sql("select fund_lines::text from settlement_settlement where medins_setl_id = ?")
                .param("CLAIM:APP" + id).query(String.class).single();
        assertThat(lines).contains("510100").contains("25000").doesNotContain("390200").doesNotContain("610100");
        assertThat(payments.of(id).orElseThrow().amount()).isEqualTo(Money.ofYuan("250.00"));
    }
}
