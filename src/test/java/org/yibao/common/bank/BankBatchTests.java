package org.yibao.common.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;
import org.yibao.service.Applications;
import org.yibao.service.Subjects;
import org.yibao.service.TransferFunds;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.service.reimbursement.ReimbursementApplying;
import org.yibao.service.transfer.TransferRegions;
import org.yibao.support.Multipart;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 银行批量代发 over HTTP: in batch mode a 拨付 or 清退 waits as 已提交银行, the 唐山 clerk generates the region's
 * batch file (exact content, count and total), and the bank's result file marks each order; a wrong result file
 * changes nothing, a repeated one changes nothing the second time, and two clerks at once make one batch.
 */
@TestPropertySource(properties = "yibao.bank.mode=batch")
class BankBatchTests extends YibaoHttpTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String PAGE = "/staff/bank/batches";

    @Autowired ReimbursementApplying applying;
    @Autowired Subjects subjects;
    @Autowired Clock clock;
    @Autowired BankBatches batches;
    @Autowired Applications workflow;
    @Autowired PersonalAccounts accounts;
    @Autowired TransferRegions transferRegions;
    @Autowired TransferFunds funds;
    @Autowired PlatformTransactionManager transactions;

    private QueuedClaims claims;
    private WebSession clerk;

    @BeforeEach
    void queueIsEmpty() {
        claims = new QueuedClaims(applying, subjects, clock, batches);
        claims.drain();
        clerk = staffSession("clerk130200", "Clerk2025");
    }

    @Test
    void theBatchFileListsTheRegionsQueuedOrdersExactlyWithTheirCountAndTotal() {
        long a = queuedClaim("代发甲", "6217000000000000041");
        long b = queuedClaim("代发乙", "6217000000000004444"); // the demo bank would refuse it: no bank is called
        String refund = queuedRefund("代发清");
        assertThat(orderStatus(a)).isEqualTo("QUEUED");
        assertThat(orderStatus(b)).isEqualTo("QUEUED");
        assertThat(clerk.get("/staff/applications/" + a).body()).contains("已提交银行");
        assertThat(refundStatus(refund)).isEqualTo("QUEUED");
        assertThat(clerk.get(PAGE).body()).contains("3 笔，1250.00 元", "PO" + a + "-1", refund);

        long id = generate();
        HttpResponse<byte[]> file = clerk.download(PAGE + "/" + id + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("GB18030"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment", batchNo(id) + ".txt"));
        String expected = "批次号," + batchNo(id) + ",总笔数,3,总金额,1250.00\r\n"
                + "序号,收款账号,收款户名,金额,开户行,用途,付款单号\r\n"
                + "1,6217000000000000041,代发甲,150.00,中国建设银行唐山分行,零星报销,PO" + a + "-1\r\n"
                + "2,6217000000000004444,代发乙,150.00,中国建设银行唐山分行,零星报销,PO" + b + "-1\r\n"
                + "3,6222020200112233445,代发清,950.00,中国工商银行滁州分行,清退," + refund + "\r\n";
        assertThat(new String(file.body(), GB18030)).isEqualTo(expected);
        assertThat(file.body()).as("the same bytes as GBK").isEqualTo(expected.getBytes(Charset.forName("GBK")));
        assertThat(jdbc.sql("select actor from common_audit_record where subject = ? and action = ?")
                .params("bank-batch:" + batchNo(id), "BANK_BATCH_FILE_DOWNLOADED").query(String.class).list())
                .as("the file holds full account numbers: each download is audited").containsExactly("staff:clerk130200");
        assertThat(orderStatus(a)).isEqualTo("SENDING");
        assertThat(refundStatus(refund)).isEqualTo("SENDING");
        assertThat(clerk.get(PAGE + "/" + id).body()).contains("已生成", "3 笔，1250.00 元", "3 笔待回盘");
        assertThat(clerk.get(PAGE).body()).contains("没有等待代发的付款单");
    }

    @Test
    void theResultMarksEachOrderAsTheOnlineAnswerWouldAndTheSameResultAgainChangesNothing() {
        long a = queuedClaim("回盘甲", "6217000000000000058");
        long b = queuedClaim("回盘乙", "6217000000000000066");
        String refund = queuedRefund("回盘清");
        long id = generate();
        byte[] result = result(batchNo(id), "PO" + a + "-1,150.00,成功,ICBC2026120300001",
                "PO" + b + "-1,150.00,失败,收款账户已销户");

        assertThat(upload(id, result).body()).contains("成功 1 笔，失败 1 笔，此前已导入 0 笔；仍待回盘 1 笔");
        assertThat(orderStatus(a)).isEqualTo("PAID");
        assertThat(jdbc.sql("select bank_reference from service_payment_order where application_id = ?").param(a)
                .query(String.class).single()).isEqualTo("ICBC2026120300001");
        assertThat(orderStatus(b)).isEqualTo("PENDING");
        assertThat(clerk.get("/staff/applications/" + b).body()).contains("待拨付", "收款账户已销户");
        assertThat(refundStatus(refund)).isEqualTo("SENDING");
        assertThat(clerk.get(PAGE + "/" + id).body()).contains("已导入结果", "1 笔待回盘", "ICBC2026120300001");

        List<String> before = state(id, a, b);
        assertThat(upload(id, result).body()).contains("成功 0 笔，失败 0 笔，此前已导入 2 笔");
        assertThat(state(id, a, b)).isEqualTo(before);

        assertThat(upload(id, result(batchNo(id), refund + ",950.00,失败,账户不存在")).body())
                .contains("失败 1 笔");
        assertThat(jdbc.sql("select status || ' ' || reason from account_refund_order where reference = ?")
                .param(refund).query(String.class).single()).isEqualTo("FAILED 账户不存在");
        assertThat(clerk.get(PAGE + "/" + id).body()).doesNotContain("笔待回盘").doesNotContain("导入回盘文件");
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            funds.correctRefund(refund, new TransferFunds.BankAccount("ICBC", "中国工商银行滁州分行",
                    "6222020200112233452", "回盘清"));
            assertThat(funds.retryRefund(refund).status()).as("sent again after the correction").isEqualTo("QUEUED");
        });
        assertThat(clerk.get(PAGE).body()).contains(refund);

        clerk.submit("/staff/applications/" + b, "/staff/applications/" + b + "/payment", Map.of());
        assertThat(orderStatus(b)).as("paid again after the refusal, as online").isEqualTo("QUEUED");
        assertThat(clerk.get(PAGE).body()).contains("PO" + b + "-2");
    }

    @Test
    void everyWrongResultFileIsRefusedWithItsLineAndChangesNothing() {
        long other = queuedClaim("别批", "6217000000000000074");
        generate();
        long a = queuedClaim("拒收甲", "6217000000000000082");
        long b = queuedClaim("拒收乙", "6217000000000000090");
        long id = generate();
        String no = batchNo(id);
        String okA = "PO" + a + "-1,150.00,成功,B0001";
        String okB = "PO" + b + "-1,150.00,失败,账户冻结";
        byte[] badEncoding = concat(result(no, okA), new byte[] {(byte) 0xFF, (byte) 0xFE, ',', '\r', '\n'});
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            many.append("\r\n");
        }
        Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
        refused.put("第 3 行的付款单号 PO999999999-1 不存在", result(no, "PO999999999-1,150.00,成功,B1"));
        refused.put("第 4 行的付款单 PO" + other + "-1 不在本批次中", result(no, okA, "PO" + other + "-1,150.00,成功,B2"));
        refused.put("第 4 行付款单 PO" + b + "-1 的金额 150.01 元与代发金额 150.00 元不符",
                result(no, okA, "PO" + b + "-1,150.01,失败,账户冻结"));
        refused.put("第 4 行的付款单号 PO" + a + "-1 重复", result(no, okA, okA));
        refused.put("第 4 行不是 GBK 编码", badEncoding);
        refused.put("该文件不属于本批次", result("DF130200-999999", okA));
        refused.put("第 3 行的状态“成了”无法识别", result(no, "PO" + a + "-1,150.00,成了,B1"));
        refused.put("第 3 行为成功，但银行流水号缺失", result(no, "PO" + a + "-1,150.00,成功,"));
        refused.put("第 3 行格式有误", result(no, "PO" + a + "-1,150,成功,B1"));
        refused.put("不能超过 2 MB", new byte[2 * 1024 * 1024 + 1]);
        refused.put("不能超过 10000 行", concat(result(no, okA), many.toString().getBytes(GB18030)));
        List<String> before = state(id, a, b);
        refused.forEach((message, file) -> {
            assertThat(upload(id, file).body()).as(message).contains(message);
            assertThat(state(id, a, b)).as(message).isEqualTo(before);
        });

        upload(id, result(no, okA, okB));
        List<String> imported = state(id, a, b);
        assertThat(upload(id, result(no, "PO" + a + "-1,150.00,失败,账户冻结")).body())
                .contains("第 3 行付款单 PO" + a + "-1 的结果与此前导入的结果不同");
        assertThat(state(id, a, b)).isEqualTo(imported);
    }

    @Test
    void twoClerksGeneratingAtOnceMakeOneBatch() throws Exception {
        long a = queuedClaim("并发甲", "6217000000000000108");
        long b = queuedClaim("并发乙", "6217000000000000116");
        WebSession second = staffSession("clerk130200", "Clerk2025");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<String>> presses = new ArrayList<>();
        for (WebSession s : List.of(clerk, second)) {
            presses.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return s.submit(PAGE, PAGE, Map.of()).body();
            }));
        }
        List<String> pages = presses.stream().map(CompletableFuture::join).toList();
        assertThat(pages).filteredOn(p -> p.contains("已生成代发批次")).hasSize(1);
        assertThat(pages).filteredOn(p -> p.contains("没有等待代发的付款单，未生成批次")).hasSize(1);
        assertThat(jdbc.sql("""
                select count(distinct batch_id) || ' ' || count(*) from common_bank_batch_line where reference in (?, ?)""")
                .params("PO" + a + "-1", "PO" + b + "-1").query(String.class).single()).isEqualTo("1 2");
    }

    @Test
    void healthShowsTheBatchMode() {
        WebSession admin = staffSession("admin", "Admin2025");
        assertThat(admin.get("/manage/health", "application/json").body()).contains("\"mode\":\"batch\"");
    }

    private long queuedClaim(String name, String accountNumber) {
        TestPerson p = insuredPerson(name, QueuedClaims.REGION, "246810", null);
        long id = claims.filed(900_000_000L + p.id(), p, accountNumber);
        QueuedClaims.approveAndPay(clerk, id);
        return id;
    }

    /** A 唐山 employee moving to 滁州, which takes no account funds: the 950.00 are refunded (清退) by 唐山. */
    private String queuedRefund(String name) {
        transferRegions.set("test", "341100", false);
        TestPerson p = insuredPerson(name, "341100", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', '2', ?, ?)""")
                .params(p.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        String phone = registeredPhone("Secret2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        long id = post("/api/v1/applications/transfer", Map.of("variant", "CROSS_OUT", "fromRegion", "130200",
                "toRegion", "341100", "bankCategory", "ICBC", "bankName", "中国工商银行滁州分行", "bankAccount",
                "6222020200112233445", "bankAccountName", p.name()), login(phone, "Secret2025"))
                .body().get("applicationId").asLong();
        workflow.approve(new Applications.StaffActor("clerk130200", "130200"), id, null);
        workflow.approve(new Applications.StaffActor("clerk341100", "341100"), id, null);
        return jdbc.sql("select reference from account_refund_order where person_id = ?").param(p.id())
                .query(String.class).single();
    }

    /** 生成代发文件 on the page; answers the new batch's id from the page it leads to. */
    private long generate() {
        HttpResponse<String> r = clerk.submit(PAGE, PAGE, Map.of());
        assertThat(r.body()).contains("已生成代发批次");
        return Long.parseLong(r.uri().getPath().substring(PAGE.length() + 1));
    }

    private HttpResponse<String> upload(long id, byte[] file) {
        // the token of the workbench's form: a batch with no order awaiting its result shows no upload form
        return clerk.upload("/staff", PAGE + "/" + id + "/result",
                new Multipart().file("file", "huipan.txt", "text/plain", file));
    }

    private String batchNo(long id) {
        return jdbc.sql("select batch_no from common_bank_batch where id = ?").param(id).query(String.class).single();
    }

    private static byte[] result(String batchNo, String... lines) {
        return ("批次号," + batchNo + "\r\n付款单号,金额,状态,银行流水号或失败原因\r\n" + String.join("\r\n", lines) + "\r\n")
                .getBytes(GB18030);
    }

    private String orderStatus(long applicationId) {
        return jdbc.sql("select status from service_payment_order where application_id = ?").param(applicationId)
                .query(String.class).single();
    }

    private String refundStatus(String reference) {
        return jdbc.sql("select status from account_refund_order where reference = ?").param(reference)
                .query(String.class).single();
    }

    /** Everything an import may change: the batch, its lines, the orders and their audit records. */
    private List<String> state(long batchId, long... applicationIds) {
        List<String> state = new ArrayList<>(jdbc.sql("""
                select b.status || coalesce(b.imported_by, '-') || l.line_no || l.status || coalesce(l.bank_reference, '-')
                    || coalesce(l.reason, '-')
                from common_bank_batch b join common_bank_batch_line l on l.batch_id = b.id where b.id = ?
                order by l.line_no""").param(batchId).query(String.class).list());
        for (long id : applicationIds) {
            state.add(jdbc.sql("""
                    select status || attempts || coalesce(bank_reference, '-') || coalesce(failure_reason, '-')
                    from service_payment_order where application_id = ?""").param(id).query(String.class).single());
            state.add(jdbc.sql("select count(*) from common_audit_record where subject = ?")
                    .param("application:" + id).query(String.class).single());
        }
        return state;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
