package org.yibao.common.bank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.reimbursement.ReimbursementApplying;
import org.yibao.service.reimbursement.ReimbursementForm;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest.TestPerson;

/** 零星报销 of a 唐山 resident that the 唐山 clerk assesses (150.00 paid by the fund), approves and pays. */
public record QueuedClaims(ReimbursementApplying applying, Subjects subjects, Clock clock, BankBatches batches) {

    public static final String REGION = "130200";

    /** Files the claim for the account, to be paid to the person's own bank account. */
    public long filed(long accountId, TestPerson p, String accountNumber) {
        LocalDate today = BusinessTime.today(clock);
        ReimbursementForm form = new ReimbursementForm("11", null, null, today.toString(), "H13020300002", null,
                List.of("FP" + System.nanoTime()), "350.00", null, null,
                new BankAccount("CCB", "中国建设银行唐山分行", accountNumber, p.name(), "PERSON"), p.name(),
                "13912345678", "配偶", "唐山市路北区示范路1号", null);
        return applying.file(accountId, subjects.previouslyVerified(p.id()), form, AuditTrail.Channel.API);
    }

    /** The clerk enters the fee items, approves and presses 拨付. */
    public static void approveAndPay(WebSession clerk, long id) {
        String page = "/staff/applications/" + id;
        clerk.submit(page, page + "/fee-items", Map.of("items", "XJ01CAA001 20 12.50\nC99000001 5 20.00"));
        clerk.submit(page, page + "/approve", Map.of("note", ""));
        clerk.submit(page, page + "/payment", Map.of());
    }

    /** Puts whatever earlier tests left queued in 唐山 into a batch of its own. */
    public void drain() {
        try {
            batches.generate("test", REGION);
        } catch (BusinessException nothingWaiting) {
            // nothing was queued
        }
    }
}
