package org.yibao.service.transfer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;

/**
 * The 参保缴费凭证 the old region issued: the person, the insurance period there, the contribution months and the
 * account balance at issue. Readable by the applicant (or the person), and by clerks of the two regions only.
 */
@Service
public class TransferVouchers {

    private final ApplicationQueries queries;
    private final TransferRecords records;
    private final InsuredPersons persons;
    private final PoolingRegions regions;
    private final VoucherPdf pdf;
    private final MessageSource messages;

    TransferVouchers(ApplicationQueries queries, TransferRecords records, InsuredPersons persons,
                     PoolingRegions regions, VoucherPdf pdf, MessageSource messages) {
        this.queries = queries;
        this.records = records;
        this.persons = persons;
        this.regions = regions;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** A voucher as a file. */
    public record Voucher(String fileName, byte[] pdf) {
    }

    /** For the citizen who may see the application. */
    public Voucher forCitizen(long accountId, @Nullable Long personId, long applicationId) {
        Application a = queries.visibleTo(accountId, personId, applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        return render(a, issued(a.id()));
    }

    /** For a clerk of the old or the receiving region (an administrator: any). */
    public Voucher forStaff(@Nullable String staffRegion, long applicationId) {
        Application a = queries.find(applicationId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        TransferRecords.Transfer t = issued(a.id());
        if (staffRegion != null && !staffRegion.equals(t.fromRegion()) && !staffRegion.equals(t.toRegion())) {
            throw new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND");
        }
        return render(a, t);
    }

    private TransferRecords.Transfer issued(long applicationId) {
        return records.find(applicationId).filter(t -> t.voucherIssuedAt() != null)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "TRANSFER_VOUCHER_NOT_ISSUED"));
    }

    private Voucher render(Application a, TransferRecords.Transfer t) {
        PoolingRegion from = regions.find(t.fromRegion()).orElseThrow();
        PoolingRegion to = regions.find(t.toRegion()).orElseThrow();
        InsurancePeriod period = persons.periods(t.personId()).stream()
                .filter(p -> p.regionCode().equals(t.fromRegion()) && p.isEmployee()).findFirst().orElse(null);
        List<VoucherPdf.Row> rows = new ArrayList<>();
        rows.add(row("transfer.voucher.number", "TRANSFER-" + a.id()));
        rows.add(row("transfer.voucher.name", a.personName()));
        rows.add(row("transfer.voucher.idNumber", a.personIdNumber()));
        rows.add(row("transfer.voucher.insutype", text("insurance.insutype.310")));
        rows.add(row("transfer.field.from", from.agencyName()));
        rows.add(row("transfer.field.to", to.agencyName()));
        rows.add(row("transfer.voucher.period", period == null ? "" : period.beginDate() + " — "
                + (period.pausedDate() == null ? "" : period.pausedDate().toString())));
        rows.add(row("transfer.field.months", String.valueOf(t.contributionMonths())));
        rows.add(row("transfer.field.balanceAtIssue", String.valueOf(t.balanceAtIssue())));
        rows.add(row("transfer.field.voucherIssuedAt", t.voucherIssuedAt().toLocalDate().toString()));
        byte[] bytes = pdf.render(text("transfer.voucher.title"), rows, text("transfer.voucher.issuer",
                from.agencyName()));
        return new Voucher("voucher-" + a.id() + ".pdf", bytes);
    }

    private VoucherPdf.Row row(String key, String value) {
        return new VoucherPdf.Row(text(key), value);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
