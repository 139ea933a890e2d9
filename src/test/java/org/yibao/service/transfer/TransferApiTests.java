package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpRequest;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonId;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountPurpose;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.AutoApprovalRules;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 职工医保关系转移接续 over the citizen API, with the two regions' clerks deciding through the one workflow: the
 * conditions refuse before anything is written, the old region issues the voucher and freezes the account, the
 * receiving region accepts and the account moves.
 */
class TransferApiTests extends YibaoHttpTest {

    private static final Applications.StaffActor TANGSHAN = new Applications.StaffActor("clerk130200", "130200");
    private static final Applications.StaffActor BAODING = new Applications.StaffActor("clerk130600", "130600");

    @Autowired
    private Applications workflow;

    @Autowired
    private PersonalAccounts accounts;

    @Autowired
    private TransferRegions transferRegions;

    @Autowired
    private AutoApprovalRules rules;

    @Test
    void anIntraProvinceTransferMovesTheAccountWhenTheReceivingRegionAccepts() {
        TestPerson p = employee("孙转移", "2");
        String token = citizen(p);

        Json filed = post("/api/v1/applications/transfer", intra(), token);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("SUBMITTED");
        long id = filed.body().get("applicationId").asLong();
        assertThat(region(id)).isEqualTo("130200");
        assertThatThrownBy(() -> workflow.approve(BAODING, id, null)).isInstanceOf(BusinessException.class);

        workflow.approve(TANGSHAN, id, null);
        assertThat(region(id)).isEqualTo("130600");
        assertThat(jdbc.sql("select balance_at_issue_fen from service_transfer where application_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(95000L);
        assertThatThrownBy(() -> pay(new AccountPayment(new PersonId(p.id()), Money.ofYuan("5.00"), true,
                AccountPurpose.MEDICAL, "T" + UUID.randomUUID().toString().replace("-", ""))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT_FROZEN_FOR_TRANSFER"));
        Json cancel = post("/api/v1/applications/" + id + "/cancel", Map.of(), token);
        assertThat(cancel.status()).isEqualTo(409);

        workflow.approve(BAODING, id, null);
        Json detail = get("/api/v1/applications/" + id, token);
        assertThat(detail.body().get("application").get("status").asString()).isEqualTo("APPROVED");
        assertThat(detail.body().get("history").toString()).contains("HANDED_OVER");
        assertThat(detail.body().get("content").toString()).contains("950.00");
        assertThat(accounts.balance(new PersonId(p.id()))).contains(Money.ofYuan("950.00"));
        assertThat(jdbc.sql("select region_code from account_personal where person_id = ?").param(p.id())
                .query(String.class).single()).isEqualTo("130600");
        assertThat(jdbc.sql("select stage from service_transfer where application_id = ?").param(id)
                .query(String.class).single()).isEqualTo("DONE");
        assertThat(detail.body().get("content").toString()).contains("\"转出地个人账户余额（元）\",\"value\":\"0.00\"");
        assertThat(jdbc.sql("""
                select region_code || ':' || sum(amount_fen) from account_journal where person_id = ?
                and ledger = 'PERSONAL' group by region_code order by region_code""").param(p.id())
                .query(String.class).list()).containsExactly("130200:0", "130600:95000");
    }

    @Test
    void theOldRegionsVoucherIsAPdfForTheApplicantAndTheTwoRegionsOnly() throws Exception {
        TestPerson p = employee("王凭证", "2");
        String token = citizen(p);
        long id = post("/api/v1/applications/transfer", intra(), token).body().get("applicationId").asLong();
        String path = "/api/v1/applications/transfer/" + id + "/voucher.pdf";
        assertThat(bytes(path, token).statusCode()).isEqualTo(404);

        workflow.approve(TANGSHAN, id, null);
        HttpResponse<byte[]> pdf = bytes(path, token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("参保缴费凭证", "王凭证", "950.00", "唐山");

        String stranger = citizen(employee("陌生人", "2"));
        assertThat(bytes(path, stranger).statusCode()).isEqualTo(404);
        assertThat(staffGet("clerk130600", "/staff/transfer/" + id + "/voucher.pdf").statusCode()).isEqualTo(200);
        assertThat(staffGet("clerk360600", "/staff/transfer/" + id + "/voucher.pdf").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> staffGet(String login, String path) {
        WebSession web = new WebSession(port);
        web.submit("/staff/login", "/staff/login", Map.of("username", login, "password", "Clerk2025"));
        return web.get(path);
    }

    @Test
    void aCrossProvinceTransferToARegionRefusingAccountFundsRefundsToTheOwnBankAccount() {
        transferRegions.set("test", "341100", false);
        TestPerson p = employee("陈清退", "2", "341100");
        String token = citizen(p);
        Map<String, Object> noBank = Map.of("variant", "CROSS_OUT", "fromRegion", "130200", "toRegion", "341100");
        Json refused = post("/api/v1/applications/transfer", noBank, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("TRANSFER_BANK_CATEGORY_REQUIRED");
        Json notOwn = post("/api/v1/applications/transfer", crossWithBank("6222020200112233445", "别人"), token);
        assertThat(notOwn.text("code")).isEqualTo("TRANSFER_BANK_NAME_NOT_OWN");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Long.class).single()).isZero();

        long id = post("/api/v1/applications/transfer", crossWithBank("6222020200112233445", p.name()), token)
                .body().get("applicationId").asLong();
        workflow.approve(TANGSHAN, id, null);
        workflow.approve(new Applications.StaffActor("clerk341100", "341100"), id, null);
        assertThat(accounts.balance(new PersonId(p.id()))).contains(Money.ZERO);
        assertThat(jdbc.sql("select status || ':' || amount_fen || ':' || bank_account from account_refund_order "
                + "where reference = ?").param("TRANSFER-" + id).query(String.class).single())
                .isEqualTo("PAID:95000:6222020200112233445");
        Json detail = get("/api/v1/applications/" + id, token);
        assertThat(detail.body().get("application").get("status").asString()).isEqualTo("APPROVED");
        assertThat(detail.body().get("content").toString()).contains("已拨付", "清退", "**** 3445")
                .doesNotContain("6222020200112233445");
    }

    @Test
    void aRefundTheBankRefusesIsShownWithTheBanksReason() {
        transferRegions.set("test", "341100", false);
        TestPerson p = employee("褚失败", "2", "341100");
        String token = citizen(p);
        long id = post("/api/v1/applications/transfer", crossWithBank("6222020200110000", p.name()), token)
                .body().get("applicationId").asLong();
        workflow.approve(TANGSHAN, id, null);
        workflow.approve(new Applications.StaffActor("clerk341100", "341100"), id, null);
        assertThat(get("/api/v1/applications/" + id, token).body().get("content").toString())
                .contains("拨付失败", "收款账户不存在");
    }

    private static Map<String, Object> crossWithBank(String account, String holder) {
        return Map.of("variant", "CROSS_OUT", "fromRegion", "130200", "toRegion", "341100", "bankCategory", "ICBC",
                "bankName", "中国工商银行滁州分行", "bankAccount", account, "bankAccountName", holder);
    }

    @Test
    void theReceivingRegionsAutoApprovalRuleAcceptsAtOnceWhenTheOldRegionIssuesTheVoucher() {
        rules.set("admin", "360600", ApplicationType.TRANSFER, "CROSS_OUT", true);
        TestPerson p = employee("蒋自动", "2", "360600");
        long id = post("/api/v1/applications/transfer",
                Map.of("variant", "CROSS_OUT", "fromRegion", "130200", "toRegion", "360600"), citizen(p))
                .body().get("applicationId").asLong();
        try {
            workflow.approve(TANGSHAN, id, null);
        } finally {
            rules.remove("admin", "360600", ApplicationType.TRANSFER, "CROSS_OUT");
        }
        assertThat(jdbc.sql("select status || ':' || decided_by from service_application where id = ?").param(id)
                .query(String.class).single()).startsWith("APPROVED:AUTO");
        assertThat(jdbc.sql("select region_code from account_personal where person_id = ?").param(p.id())
                .query(String.class).single()).isEqualTo("360600");
    }

    @Test
    void tenSimultaneousFilingsOfTheSameTransferOpenExactlyOne() throws Exception {
        TestPerson p = employee("沈并发", "2");
        String token = citizen(p);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("/api/v1/applications/transfer", intra(), token).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(st -> st == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Long.class).single()).isOne();
    }

    @Test
    void aPersonNotSuspendedInTheOldRegionIsRefusedWithTheReasonAndNothingIsWritten() {
        TestPerson p = employee("钱未停", "1");
        Json refused = post("/api/v1/applications/transfer", intra(), citizen(p));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("TRANSFER_OLD_NOT_SUSPENDED");
        assertThat(refused.text("detail")).contains("暂停参保").contains("唐山");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from service_transfer where person_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void bothRegionsClerksListTheTransferFromTheVoucherOnAndTheRegionItWaitsOnSeesItMarked() {
        TestPerson p = employee("陶列表", "2");
        long id = post("/api/v1/applications/transfer", intra(), citizen(p)).body().get("applicationId").asLong();
        String row = "id=\"transfer-" + id + "\"";
        String waiting = "id=\"transfer-waiting-" + id + "\"";
        assertThat(staffGet("clerk130200", "/staff/transfer").body()).contains(row, waiting, "转出地审核");
        assertThat(staffGet("clerk130600", "/staff/transfer").body()).doesNotContain(row);

        workflow.approve(TANGSHAN, id, null);
        assertThat(staffGet("clerk130200", "/staff/transfer").body()).contains(row, "转入地接收中")
                .doesNotContain(waiting);
        assertThat(staffGet("clerk130600", "/staff/transfer").body()).contains(row, waiting);
        assertThat(staffGet("clerk360600", "/staff/transfer").body()).doesNotContain(row);

        workflow.approve(BAODING, id, null);
        assertThat(staffGet("clerk130200", "/staff/transfer").body()).contains(row, "个人账户已划转，办结")
                .doesNotContain(waiting);
        assertThat(staffGet("clerk130200", "/staff/applications/" + id).body()).contains("950.00", "已完成");
    }

    @Test
    void aRetiredPersonIsRefusedAsNotInWorkAndNothingIsWritten() {
        TestPerson p = employee("郑退休", "2");
        jdbc.sql("update insured_period set psn_type = '1201' where person_id = ? and region_code = '130200'")
                .param(p.id()).update();
        Json refused = post("/api/v1/applications/transfer", intra(), citizen(p));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("TRANSFER_RETIRED");
        assertThat(refused.text("detail")).contains("在职人员", "唐山");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select frozen_for from account_personal where person_id = ?").param(p.id())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void theReceivingRegionCountsTheMonthsPaidInEveryRegionOnceEach() {
        TestPerson p = employee("冯年限", "2");
        for (int month = 1; month <= 12; month++) {
            contribution(p, "130200", 2024, month);
        }
        for (int month = 7; month <= 12; month++) {
            contribution(p, "130600", 2025, month);
        }
        String token = citizen(p);
        long id = post("/api/v1/applications/transfer", intra(), token).body().get("applicationId").asLong();
        workflow.approve(TANGSHAN, id, null);
        workflow.approve(BAODING, id, null);
        assertThat(jdbc.sql("select contribution_months from service_transfer where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(12);
        String content = get("/api/v1/applications/" + id, token).body().get("content").toString();
        assertThat(content).contains("\"转出地缴费月数\",\"value\":\"12\"",
                "\"累计缴费月数（各地合计）\",\"value\":\"18\"");
    }

    private void contribution(TestPerson p, String region, int year, int month) {
        jdbc.sql("""
                insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                    employer_fen, personal_fen, account_fen, channel, status, paid_on)
                values (?, ?, '310', ?, ?, 500000, 40000, 10000, 10000, 'EMPLOYER', 'PAID', ?)""")
                .params(p.id(), region, year, month, LocalDate.of(year, month, 15)).update();
    }

    @Test
    void aSecondTransferOfTheSameRelationshipIsRefusedWhileOneIsOpenAndAllowedAfterWithdrawal() {
        TestPerson p = employee("李重复", "2");
        String token = citizen(p);
        long first = post("/api/v1/applications/transfer", intra(), token).body().get("applicationId").asLong();
        Json again = post("/api/v1/applications/transfer", intra(), token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("TRANSFER_ALREADY_OPEN");

        assertThat(post("/api/v1/applications/" + first + "/cancel", Map.of(), token).status()).isEqualTo(200);
        assertThat(post("/api/v1/applications/transfer", intra(), token).status()).isEqualTo(201);
    }

    @Test
    void aRefusalByTheReceivingRegionLiftsTheFreeze() {
        TestPerson p = employee("周驳回", "2");
        long id = post("/api/v1/applications/transfer", intra(), citizen(p)).body().get("applicationId").asLong();
        workflow.approve(TANGSHAN, id, null);
        workflow.reject(BAODING, id, "CONDITIONS_NOT_MET", null);
        assertThat(pay(new AccountPayment(new PersonId(p.id()), Money.ofYuan("5.00"), true, AccountPurpose.MEDICAL,
                "T" + UUID.randomUUID().toString().replace("-", ""))).acctPay()).isEqualTo(Money.ofYuan("5.00"));
        assertThat(jdbc.sql("select region_code from account_personal where person_id = ?").param(p.id())
                .query(String.class).single()).isEqualTo("130200");
    }

    @Test
    void theChosenApplicationMustMatchTheProvincesOfTheTwoAgencies() {
        TestPerson p = employee("吴选错", "2");
        String token = citizen(p);
        Json cross = post("/api/v1/applications/transfer",
                Map.of("variant", "CROSS_OUT", "fromRegion", "130200", "toRegion", "130600"), token);
        assertThat(cross.text("code")).isEqualTo("TRANSFER_CROSS_SAME_PROVINCE");
        Json unknown = post("/api/v1/applications/transfer",
                Map.of("variant", "INTRA", "fromRegion", "999999", "toRegion", "130600"), token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("TRANSFER_REGION_UNKNOWN");
        Json noVariant = post("/api/v1/applications/transfer", Map.of("fromRegion", "130200"), token);
        assertThat(noVariant.text("code")).isEqualTo("TRANSFER_VARIANT_REQUIRED");
    }

    private static Map<String, Object> intra() {
        return Map.of("variant", "INTRA", "fromRegion", "130200", "toRegion", "130600");
    }

    /** An employee insured in the new region (正常) with a 唐山 relationship of the given status and 950.00 in 唐山. */
    private TestPerson employee(String name, String tangshanStatus) {
        return employee(name, tangshanStatus, "130600");
    }

    private TestPerson employee(String name, String tangshanStatus, String newRegion) {
        TestPerson p = insuredPerson(name, newRegion, "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', ?, ?, ?)""")
                .params(p.id(), tangshanStatus, LocalDate.of(2010, 1, 1),
                        "2".equals(tangshanStatus) ? LocalDate.of(2025, 6, 30) : null).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        return p;
    }

    private String citizen(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        return login(phone, "Secret2025");
    }

    private String region(long id) {
        return jdbc.sql("select region_code from service_application where id = ?").param(id).query(String.class)
                .single();
    }

    /** Pays as a settlement does, with the balance read just before. */
    private org.yibao.account.PaymentSplit pay(AccountPayment order) {
        return accounts.pay(order);
    }
}
