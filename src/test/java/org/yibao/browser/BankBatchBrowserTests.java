package org.yibao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.yibao.common.bank.BankBatches;
import org.yibao.common.bank.QueuedClaims;
import org.yibao.service.Subjects;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.service.reimbursement.ReimbursementApplying;
import org.yibao.support.Axe;
import org.yibao.support.Browser;
import org.yibao.support.BrowserTest;
import org.yibao.support.WebSession;

/**
 * 银行批量代发 in the browser: the 唐山 clerk pays a claim (已提交银行), generates the batch file, downloads it,
 * uploads the bank's result and sees each order's status; the applicant's progress page shows 已拨付, or 待拨付 with
 * the bank's reason.
 */
@TestPropertySource(properties = "yibao.bank.mode=batch")
class BankBatchBrowserTests extends BrowserTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired ReimbursementApplying applying;
    @Autowired Subjects subjects;
    @Autowired Clock clock;
    @Autowired BankBatches batches;

    @Test
    void theClerkGeneratesTheBatchFileImportsTheResultAndTheApplicantSeesTheOutcome() throws Exception {
        QueuedClaims claims = new QueuedClaims(applying, subjects, clock, batches);
        claims.drain();
        String phone = registeredPhone("Secret2025");
        TestPerson p = insuredPerson("代发走", QueuedClaims.REGION, "246810", null);
        long accountId = OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        long paid = claims.filed(accountId, p, "6217000000000000124");
        long refused = claims.filed(accountId, p, "6217000000000000132");
        WebSession setup = staffSession("clerk130200", "Clerk2025");
        QueuedClaims.approveAndPay(setup, refused);
        String page = "/staff/applications/" + paid;
        setup.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 20 12.50\nC99000001 5 20.00"));
        setup.submit(page, page + "/approve", Map.of("note", ""));

        browser.get(url("/staff/login"));
        type("username", "clerk130200");
        type("password", "Clerk2025");
        click("staff-login-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-bank-batches")));
        browser.get(url(page));
        clickAndLoad("send-payment");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交银行，待生成代发文件"));

        browser.get(url("/staff"));
        clickAndLoad("staff-bank-batches");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-generate")));
        assertThat(body()).contains("2 笔，300.00 元", "PO" + paid + "-1", "PO" + refused + "-1");
        assertThat(Axe.findings(browser)).isEmpty();
        clickAndLoad("batch-generate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-download")));
        assertThat(body()).contains("已生成代发批次", "2 笔待回盘");
        Browser.screenshot(browser, "bank-batch-generated");
        assertThat(Axe.findings(browser)).isEmpty();
        String batchNo = browser.findElement(By.id("batch-number")).getText().replace("代发批次 ", "");

        String file = new String(download(browser.findElement(By.id("batch-download")).getAttribute("href")), GB18030);
        assertThat(file).startsWith("批次号," + batchNo + ",总笔数,2,总金额,300.00\r\n")
                .contains(",代发走,150.00,中国建设银行唐山分行,零星报销,PO" + paid + "-1\r\n");

        Path result = Files.createTempFile("huipan", ".txt");
        Files.write(result, ("批次号," + batchNo + "\r\n付款单号,金额,状态,银行流水号或失败原因\r\n"
                + "PO" + paid + "-1,150.00,成功,CCB20261203000124\r\n"
                + "PO" + refused + "-1,150.00,失败,收款账户已冻结\r\n").getBytes(GB18030));
        browser.findElement(By.id("batch-result-file")).sendKeys(result.toString());
        clickAndLoad("batch-import");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "已导入结果"));
        assertThat(body()).contains("成功 1 笔，失败 1 笔", "银行流水号 CCB20261203000124", "收款账户已冻结")
                .doesNotContain("笔待回盘");
        Browser.screenshot(browser, "bank-batch-imported");
        browser.get(url("/staff"));
        click("staff-logout");
        wait.until(ExpectedConditions.urlContains("/staff/login"));

        citizenLogin(phone, "Secret2025");
        browser.get(url("/applications/" + paid));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已拨付"));
        browser.get(url("/applications/" + refused));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "收款账户已冻结"));
        assertThat(body()).contains("待拨付");
    }

    private byte[] download(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
