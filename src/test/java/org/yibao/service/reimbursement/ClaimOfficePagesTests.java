package org.yibao.service.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessTime;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The 唐山 clerk enters two fee items on the application page, sees the split, approves and pays it. */
class ClaimOfficePagesTests extends YibaoHttpTest {

    @Autowired
    ReimbursementApplying applying;

    @Autowired
    Subjects subjects;

    @Autowired
    Clock clock;

    private WebSession clerk() {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login",
                Map.of("username", "clerk130200", "password", "Clerk2025"));
        assertThat(r.uri().getPath()).isEqualTo("/staff");
        return web;
    }

    private long filed(TestPerson p, String accountNumber) {
        LocalDate today = BusinessTime.today(clock);
        ReimbursementForm form = new ReimbursementForm("11", null, null, today.toString(), "H13020300002", null,
                List.of("FP" + System.nanoTime()), "350.00", null, null,
                new BankAccount("CCB", "中国建设银行唐山分行", accountNumber, p.name(), "PERSON"), p.name(),
                "13912345678", "配偶", "唐山市路北区示范路1号", null);
        return applying.file(900_000_000L + p.id(), subjects.previouslyVerified(p.id()), form, AuditTrail.Channel.API);
    }

    @Test
    void theClerkEntersTwoItemsSeesTheSplitApprovesAndPays() {
        TestPerson p = insuredPerson("门诊报销", "130200", "246810", null);
        long id = filed(p, "6217000000000000025");
        WebSession clerk = clerk();
        String page = "/staff/applications/" + id;
        // resident 普通门诊: no deductible, 60 %: 250.00 in scope × 60 % = 150.00; 100.00 丙类 self-paid
        clerk.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 20 12.50\nC99000001 5 20.00"));
        String assessed = clerk.get(page).body();
        assertThat(assessed).contains("150.00").contains("60%").contains("200.00");

        clerk.submit(page, page + "/approve", Map.of("note", ""));
        clerk.submit(page, page + "/payment", Map.of());
        assertThat(clerk.get(page).body()).contains("已拨付");
    }

    @Test
    void itemsThatDoNotAddUpAreRefusedOnThePageAndNothingIsKept() {
        TestPerson p = insuredPerson("门诊报销二", "130200", "246810", null);
        long id = filed(p, "6217000000000000033");
        WebSession clerk = clerk();
        String page = "/staff/applications/" + id;
        HttpResponse<String> r = clerk.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 1 12.50"));
        assertThat(r.body()).contains("不一致");
        assertThat(jdbc.sql("select form ->> 'assessment' from service_application where id = ?").param(id)
                .query(String.class).optional().orElse(null)).isNull();
        HttpResponse<String> bad = clerk.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 abc"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("费用明细的项目编码");
    }

    @Test
    void theClerkRevokesAClaimTheBankRefusedAfterConfirmingOnThePageAndItsSettlementIsReversed() {
        TestPerson p = insuredPerson("银行拒付", "130200", "246810", null);
        long id = filed(p, "6217000000000004444");
        WebSession clerk = clerk();
        String page = "/staff/applications/" + id;
        clerk.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 20 12.50\nC99000001 5 20.00"));
        clerk.submit(page, page + "/approve", Map.of("note", ""));
        assertThat(clerk.submit(page, page + "/payment", Map.of()).body()).contains("银行退回拨付");
        String settled = "select count(*) from settlement_settlement where medins_setl_id = ? and status = 'SETTLED'";
        assertThat(jdbc.sql(settled).param("CLAIM:APP" + id).query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> asked = clerk.submit(page, page + "/cancel-claim", Map.of("reasonText", "账户已销户"));
        assertThat(asked.body()).contains("撤销已审核通过的报销", "账户已销户", "确认撤销");
        assertThat(jdbc.sql(settled).param("CLAIM:APP" + id).query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> done = clerk.submit(page, page + "/cancel-claim",
                Map.of("reasonText", "账户已销户", "confirmed", "yes"));
        assertThat(done.body()).contains("已撤销", "已取消");
        assertThat(jdbc.sql(settled).param("CLAIM:APP" + id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select status from service_application where id = ?").param(id).query(String.class)
                .single()).isEqualTo("REVOKED");
    }
}
