package org.yibao.service.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.TransferFunds;

/**
 * A 清退 the bank refused: the applicant corrects the bank account (their own, as at filing), which puts the
 * order back to 待拨付; the old region's clerk (转出地, whose fund pays) then sends it again (重新拨付). The
 * account was emptied once when the refund was ordered; correcting and retrying move nothing in the ledger, and the
 * order goes to the bank once per 待拨付, however many clerks click at once.
 */
@Service
public class TransferRefunds {

    private final ApplicationQueries queries;
    private final TransferRecords records;
    private final TransferFunds funds;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    TransferRefunds(ApplicationQueries queries, TransferRecords records, TransferFunds funds, AuditTrail audit,
                    JdbcClient jdbc) {
        this.queries = queries;
        this.records = records;
        this.funds = funds;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A transfer whose balance is refunded, and where the refund stands. */
    public record RefundCase(long applicationId, String fromRegion, String toRegion, String maskedBank,
                             TransferFunds.Refund refund) {
    }

    /** The refund of an application the citizen may see; empty when it has none (yet). */
    public java.util.Optional<RefundCase> forCitizen(long accountId, @Nullable Long personId, long applicationId) {
        queries.visibleTo(accountId, personId, applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        return records.find(applicationId).flatMap(this::refundCase);
    }

    /** 更正银行账户: only while the bank's refusal stands; the 户名 must still be the person's own. */
    @Transactional
    public void correct(long accountId, @Nullable Long personId, long applicationId, TransferForm form) {
        Application a = queries.visibleTo(accountId, personId, applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        TransferRecords.Transfer t = refunded(a.id());
        TransferFunds.BankAccount bank = BankAccounts.check(form, t.refundTo().accountName());
        if (!funds.correctRefund(t.reference(), bank)) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_REFUND_NOT_FAILED");
        }
        records.bankCorrected(a.id(), bank);
        audit.record("account:" + accountId, "application:" + a.id(), "TRANSFER_REFUND_BANK_CORRECTED",
                AuditTrail.Channel.WEB, "bank:" + BankAccounts.masked(bank.accountNumber()));
    }

    /** 重新拨付 by a clerk of the old region (an administrator: any); answers where the refund stands. */
    @Transactional
    public TransferFunds.Refund retry(String staffLogin, @Nullable String staffRegion, long applicationId) {
        TransferRecords.Transfer t = records.find(applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        if (staffRegion != null && !staffRegion.equals(t.fromRegion())) {
            throw new BusinessException(Problem.FORBIDDEN, "TRANSFER_REFUND_OLD_REGION_ONLY");
        }
        refunded(applicationId);
        TransferFunds.Refund after = funds.retryRefund(t.reference());
        audit.record("staff:" + staffLogin, "application:" + applicationId, "TRANSFER_REFUND_RETRIED",
                AuditTrail.Channel.STAFF, "status:" + after.status());
        return after;
    }

    /** The refunds of the region's transfers (old or receiving side) that are not paid yet, oldest first. */
    public List<RefundCase> unpaid(@Nullable String staffRegion) {
        List<Long> ids = jdbc.sql("""
                select application_id from service_transfer
                where refund and stage = 'DONE' and (cast(:region as varchar) is null or from_region = :region
                                                     or to_region = :region)
                order by accepted_at limit 200""")
                .param("region", staffRegion).query(Long.class).list();
        return ids.stream().map(records::find).flatMap(java.util.Optional::stream).map(this::refundCase)
                .flatMap(java.util.Optional::stream).filter(c -> !"PAID".equals(c.refund().status())).toList();
    }

    private java.util.Optional<RefundCase> refundCase(TransferRecords.Transfer t) {
        if (t.refundTo() == null) {
            return java.util.Optional.empty();
        }
        return funds.refundOf(t.reference()).map(r -> new RefundCase(t.applicationId(), t.fromRegion(),
                t.toRegion(), t.refundTo().bankName() + " " + BankAccounts.masked(t.refundTo().accountNumber()), r));
    }

    private TransferRecords.Transfer refunded(long applicationId) {
        TransferRecords.Transfer t = records.find(applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        if (t.refundTo() == null || funds.refundOf(t.reference()).isEmpty()) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_NO_REFUND");
        }
        return t;
    }
}
