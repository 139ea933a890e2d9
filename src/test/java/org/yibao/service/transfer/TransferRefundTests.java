package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.service.Applications;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * A 清退 the bank refused (the demo bank refuses accounts ending 0000): the clerk sees it with the bank's reason, a
 * retry waits for the person's corrected bank account, and the corrected refund goes to the bank exactly once
 * however many retries race; the account is emptied once and its journal still sums to its balance.
 */
class TransferRefundTests extends YibaoHttpTest {

    private static final Applications.StaffActor TANGSHAN = new Applications.StaffActor("clerk130200", "130200");
    private static final Applications.StaffActor CHUZHOU = new Applications.StaffActor("clerk341100", "341100");

    @Autowired
    private Applications workflow;

    @Autowired
    private PersonalAccounts accounts;

    @Autowired
    private TransferRegions transferRegions;

    @Autowired
    private TransferRefunds refunds;

    @Test
    void aRefusedRefundIsSentAgainOnlyAfterThePersonCorrectsTheBankAccountAndThenExactlyOnce() throws Exception {
        TestPerson p = employee("卫更正");
        String token = citizen(p);
        long id = refusedRefund(p, token);
        String reference = "TRANSFER-" + id;

        assertThatThrownBy(() -> refunds.retry("clerk130200", "130200", id))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT_REFUND_NEEDS_CORRECTION"));
        Json notOwn = post("/api/v1/applications/transfer/" + id + "/bank-account",
                bank("6222020200119988776", "别人"), token);
        assertThat(notOwn.status()).isEqualTo(400);
        assertThat(notOwn.text("code")).isEqualTo("TRANSFER_BANK_NAME_NOT_OWN");
        assertThat(status(reference)).isEqualTo("FAILED");

        Json corrected = post("/api/v1/applications/transfer/" + id + "/bank-account",
                bank("6222020200119988776", p.name()), token);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.text("status")).isEqualTo("PENDING");
        assertThat(post("/api/v1/applications/transfer/" + id + "/bank-account",
                bank("6222020200119988776", p.name()), token).text("code")).isEqualTo("TRANSFER_REFUND_NOT_FAILED");

        List<String> answers = concurrently(8, () -> {
            try {
                return refunds.retry("clerk130200", "130200", id).status();
            } catch (BusinessException e) {
                return e.code();
            }
        });
        assertThat(answers).containsOnly("PAID", "ACCOUNT_REFUND_ALREADY_PAID").contains("PAID");
        assertThat(status(reference)).isEqualTo("PAID");
        assertThat(jdbc.sql("select bank_account from account_refund_order where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("6222020200119988776");
        assertThat(audits("ACCOUNT_REFUND_PAID", reference)).isOne();
        assertThat(audits("ACCOUNT_REFUND_FAILED", reference)).isOne();
        assertThat(jdbc.sql("select count(*) from account_movement where reference = ? and kind = 'TRANSFER_OUT'")
                .param(reference).query(Long.class).single()).isOne();
        assertThat(accounts.balance(new PersonId(p.id()))).contains(Money.ZERO);
        assertThat(jdbc.sql("select coalesce(sum(amount_fen), 0) from account_journal where person_id = ? "
                + "and ledger = 'PERSONAL'").param(p.id()).query(Long.class).single()).isZero();
        assertThat(get("/api/v1/applications/" + id, token).body().get("content").toString())
                .contains("已拨付", "**** 8776").doesNotContain("6222020200119988776");
    }

    @Test
    void onlyTheOldRegionsClerkSendsTheRefundAgainAndSeesItWithTheBanksReason() {
        TestPerson p = employee("韩失败");
        String token = citizen(p);
        long id = refusedRefund(p, token);
        assertThatThrownBy(() -> refunds.retry("clerk341100", "341100", id))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("TRANSFER_REFUND_OLD_REGION_ONLY"));

        WebSession clerk = staff("clerk130200");
        String list = clerk.get("/staff/transfer/refunds").body();
        assertThat(list).contains("申请编号 " + id, "拨付失败", "收款账户不存在");
        HttpResponse<String> early = clerk.submit("/staff", "/staff/transfer/" + id
                + "/refund/retry", Map.of("confirmed", "yes"));
        assertThat(early.body()).contains("请等待参保人更正本人银行账户");
        assertThat(status("TRANSFER-" + id)).isEqualTo("FAILED");

        WebSession person = new WebSession(port);
        person.submit("/login", "/login", Map.of("username", phoneOf(p), "password", "Secret2025"));
        assertThat(person.get("/applications/" + id).body()).contains("transfer-correct-bank");
        HttpResponse<String> fixed = person.submit("/services/transfer/applications/" + id + "/bank",
                "/services/transfer/applications/" + id + "/bank", Map.of("bankCategory", "CCB", "bankName",
                        "中国建设银行滁州分行", "bankAccount", "6217000011112222333", "bankAccountName", p.name()));
        assertThat(fixed.body()).contains("银行账户已更正");

        HttpResponse<String> ask = clerk.submit("/staff", "/staff/transfer/" + id + "/refund/retry",
                Map.of());
        assertThat(ask.body()).contains("confirm-yes", "每笔清退只拨付一次");
        assertThat(status("TRANSFER-" + id)).isEqualTo("PENDING");
        HttpResponse<String> sent = clerk.submit("/staff", "/staff/transfer/" + id
                + "/refund/retry", Map.of("confirmed", "yes"));
        assertThat(sent.body()).contains("已重新提交拨付", "已拨付");
        assertThat(status("TRANSFER-" + id)).isEqualTo("PAID");
    }

    /** Files a 跨省 transfer to 滁州 (which refunds) with an account the demo bank refuses, accepted by both. */
    private long refusedRefund(TestPerson p, String token) {
        transferRegions.set("test", "341100", false);
        Map<String, Object> form = new java.util.HashMap<>(bank("6222020200110000", p.name()));
        form.putAll(Map.of("variant", "CROSS_OUT", "fromRegion", "130200", "toRegion", "341100"));
        long id = post("/api/v1/applications/transfer", form, token).body().get("applicationId").asLong();
        workflow.approve(TANGSHAN, id, null);
        workflow.approve(CHUZHOU, id, null);
        assertThat(status("TRANSFER-" + id)).isEqualTo("FAILED");
        return id;
    }

    private static Map<String, Object> bank(String account, String holder) {
        return Map.of("bankCategory", "ICBC", "bankName", "中国工商银行滁州分行", "bankAccount", account,
                "bankAccountName", holder);
    }

    private String status(String reference) {
        return jdbc.sql("select status from account_refund_order where reference = ?").param(reference)
                .query(String.class).single();
    }

    private long audits(String action, String reference) {
        return jdbc.sql("select count(*) from common_audit_record where action = ? and detail = ?")
                .params(action, "reference:" + reference).query(Long.class).single();
    }

    private WebSession staff(String login) {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", "Clerk2025"));
        return web;
    }

    private static <T> List<T> concurrently(int n, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private final Map<Long, String> phones = new java.util.concurrent.ConcurrentHashMap<>();

    /** An employee 暂停 in 唐山 with 950.00 there and 正常 in 滁州. */
    private TestPerson employee(String name) {
        TestPerson p = insuredPerson(name, "341100", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', '2', ?, ?)""")
                .params(p.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        return p;
    }

    private String citizen(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        phones.put(p.id(), phone);
        return login(phone, "Secret2025");
    }

    private String phoneOf(TestPerson p) {
        return phones.get(p.id());
    }
}
