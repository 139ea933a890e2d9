package org.yibao.service.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.insured.Contributions;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.TransferFunds;

/**
 * 转移接续 on the common workflow. The old region's approval issues the 参保缴费凭证 (balance and contribution
 * months at issue; the account is frozen for payments from then on) and hands the application to the receiving
 * region; that region's approval (转入地接收) moves the account there, all in the approving transaction. A refusal
 * by the receiving region lifts the freeze. The applicant may withdraw only before the old region approved.
 */
@Component
class TransferRules implements ApplicationTypeRules {

    private final TransferRecords records;
    private final TransferFunds funds;
    private final Contributions contributions;
    private final PoolingRegions regions;
    private final Clock clock;

    TransferRules(TransferRecords records, TransferFunds funds, Contributions contributions, PoolingRegions regions,
                  Clock clock) {
        this.records = records;
        this.funds = funds;
        this.contributions = contributions;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public ApplicationType type() {
        return ApplicationType.TRANSFER;
    }

    @Override
    public void checkSubmit(Application application, List<Material> materials, List<String> acceptedCommitments) {
        if (records.find(application.id()).filter(t -> t.stage() == TransferRecords.Stage.OUT_REVIEW).isEmpty()) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_OPEN");
        }
    }

    @Override
    public Optional<String> handOver(Application application) {
        TransferRecords.Transfer t = transfer(application);
        if (t.stage() != TransferRecords.Stage.OUT_REVIEW) {
            return Optional.empty();
        }
        var balance = funds.freeze(t.personId(), t.fromRegion(), t.reference());
        int months = paidMonths(t.personId(), t.fromRegion());
        records.voucherIssued(t.applicationId(), reviewer(application), OffsetDateTime.now(clock), balance, months);
        return Optional.of(t.toRegion());
    }

    @Override
    public void approved(Application application) {
        TransferRecords.Transfer t = transfer(application);
        if (t.stage() != TransferRecords.Stage.IN_REVIEW) {
            throw new IllegalStateException("transfer " + t.applicationId() + " accepted in stage " + t.stage());
        }
        var moved = t.refundTo() == null ? funds.move(t.personId(), t.toRegion(), t.reference())
                : funds.refund(t.personId(), t.refundTo(), t.reference());
        records.accepted(t.applicationId(), reviewer(application), OffsetDateTime.now(clock), moved);
    }

    @Override
    public void closedUnapproved(Application application) {
        TransferRecords.Transfer t = transfer(application);
        if (t.stage() == TransferRecords.Stage.IN_REVIEW) {
            funds.release(t.personId(), t.reference());
        }
        records.closed(t.applicationId());
    }

    @Override
    public boolean cancellable(Application application) {
        return records.find(application.id()).map(t -> t.stage() == TransferRecords.Stage.OUT_REVIEW).orElse(true);
    }

    @Override
    public List<FormLine> describe(Application application) {
        List<FormLine> lines = new ArrayList<>();
        lines.add(FormLine.key("transfer.field.variant", "transfer.variant." + application.variant()));
        Optional<TransferRecords.Transfer> found = records.find(application.id());
        if (found.isEmpty()) {
            return lines;
        }
        TransferRecords.Transfer t = found.get();
        lines.add(FormLine.text("transfer.field.from", agency(t.fromRegion())));
        lines.add(FormLine.text("transfer.field.to", agency(t.toRegion())));
        boolean refunded = t.stage() == TransferRecords.Stage.DONE && t.refundTo() != null;
        lines.add(FormLine.key("transfer.field.stage", "transfer.stage." + t.stage() + (refunded ? "_REFUND" : "")));
        if (t.voucherIssuedAt() != null) {
            lines.add(FormLine.text("transfer.field.voucherIssuedAt", t.voucherIssuedAt().toLocalDate().toString()));
            lines.add(FormLine.text("transfer.field.months", String.valueOf(t.contributionMonths())));
            lines.add(FormLine.text("transfer.field.totalMonths", String.valueOf(paidMonths(t.personId(), null))));
            lines.add(FormLine.text("transfer.field.balanceAtIssue", String.valueOf(t.balanceAtIssue())));
        }
        lines.add(FormLine.key("transfer.field.accountHandling", t.refundTo() == null ? "transfer.handling.MOVE"
                : "transfer.handling.REFUND"));
        if (t.refundTo() != null) {
            lines.add(FormLine.text("transfer.field.bank", t.refundTo().bankName() + " "
                    + BankAccounts.masked(t.refundTo().accountNumber()) + " " + t.refundTo().accountName()));
        }
        if (t.moved() != null) {
            lines.add(FormLine.text(t.refundTo() == null ? "transfer.field.moved" : "transfer.field.refunded",
                    t.moved().toString()));
        }
        if (t.stage() == TransferRecords.Stage.DONE) {
            lines.add(FormLine.text("transfer.field.oldAccount", funds.balancesByRegion(t.personId())
                    .getOrDefault(t.fromRegion(), org.yibao.common.Money.ZERO).toString()));
        }
        funds.refundOf(t.reference()).ifPresent(r -> {
            lines.add(FormLine.key("transfer.field.refundStatus", "transfer.refund." + r.status()));
            if (r.reason() != null) {
                lines.add(FormLine.text("transfer.field.refundReason", r.reason()));
            }
        });
        return lines;
    }

    @Override
    public List<String> regions(Application application) {
        return records.find(application.id()).map(t -> List.of(t.fromRegion(), t.toRegion()))
                .orElse(List.of(application.regionCode()));
    }

    /**
     * Paid months of contribution in one region, or in every region (null): 缴费年限互认, the receiving region counts
     * the months paid elsewhere too (the continuity rules read the person's whole history).
     */
    private int paidMonths(long personId, @org.jspecify.annotations.Nullable String region) {
        return (int) contributions.of(personId, null).stream()
                .filter(c -> (region == null || c.regionCode().equals(region)) && !c.isYearly()
                        && "PAID".equals(c.status()))
                .map(c -> c.year() * 100 + c.month()).distinct().count();
    }

    private String agency(String region) {
        return regions.find(region).map(PoolingRegion::agencyName).orElse(region);
    }

    private TransferRecords.Transfer transfer(Application application) {
        return records.find(application.id())
                .orElseThrow(() -> new IllegalStateException("no transfer for " + application.id()));
    }

    private static String reviewer(Application application) {
        return application.claimedBy() != null ? "staff:" + application.claimedBy() : "system";
    }
}
