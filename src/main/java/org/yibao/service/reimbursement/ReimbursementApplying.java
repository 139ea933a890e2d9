package org.yibao.service.reimbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.Subjects;

/**
 * 零星报销申报 in one go (选择申报人 … 提交申报), and the clerk's assessment: the fee items from the invoices, which
 * must add up to the declared 费用总额, computed by the {@link ClaimCalculator} and kept with the claim.
 */
@Service
public class ReimbursementApplying {

    static final int MAX_ITEMS = 100;
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000);

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ReimbursementForms forms;
    private final ClaimCalculator calculator;
    private final JdbcClient jdbc;

    ReimbursementApplying(Applications applications, ApplicationQueries queries, ReimbursementForms forms,
                          ClaimCalculator calculator, JdbcClient jdbc) {
        this.applications = applications;
        this.queries = queries;
        this.forms = forms;
        this.calculator = calculator;
        this.jdbc = jdbc;
    }

    /** Checks the form, then creates and submits the claim; a refusal keeps nothing. */
    @Transactional
    public long file(long accountId, Subjects.Subject subject, ReimbursementForm form, AuditTrail.Channel channel) {
        Money total = forms.check(form.withAssessment(null), subject.name(), subject.route());
        ReimbursementForm stored = form.withAssessment(null);
        String variant = stored.maternityCare() ? "MATERNITY" : "GENERAL";
        long id = applications.createDraft(accountId, new Applications.Draft(ApplicationType.REIMBURSEMENT, variant,
                subject, day(stored) + " " + total + "元", ReimbursementForms.write(stored)), channel);
        applications.submit(accountId, id, channel);
        return id;
    }

    /**
     * The clerk (who claims the application on the way) enters the fee items; they must add up to the declared
     * total; the split is computed as a direct settlement would and kept with the claim.
     */
    @Transactional
    public ClaimCalculator.Split assess(Applications.StaffActor staff, long id, List<ClaimCalculator.Item> items) {
        checkItems(items);
        applications.claim(staff, id);
        Application a = queries.find(id).filter(x -> x.type() == ApplicationType.REIMBURSEMENT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        ReimbursementForm f = ReimbursementForms.read(a.formJson());
        Money declared = Money.ofYuan(new BigDecimal(f.totalAmount().strip()));
        Money entered = items.stream().map(i -> i.unitPrice().times(i.quantity())).reduce(Money.ZERO, Money::plus);
        if (!declared.equals(entered)) {
            throw BusinessException.invalid("items", "CLAIM_ITEMS_TOTAL_MISMATCH", entered, declared);
        }
        ClaimCalculator.Split split = calculator.trial(new ClaimCalculator.Claim(a.personId(), day(f), f.medType(),
                f.institutionCode(), List.copyOf(items)));
        ReimbursementForm assessed = f.withAssessment(new ReimbursementForm.Assessment(List.copyOf(items), split,
                staff.login(), null));
        jdbc.sql("update service_application set form = cast(? as jsonb) where id = ? and status = 'IN_REVIEW'")
                .params(ReimbursementForms.write(assessed), id).update();
        return split;
    }

    /**
     * 撤销 an approved claim whose payment has not been made (e.g. the bank refused the account and it cannot be
     * corrected): the payment order is cancelled, the settlement reversed and the accumulators restored exactly;
     * the invoices are free again for a new claim. A paid claim is refused and nothing changes.
     */
    @Transactional
    public void cancelApproved(Applications.StaffActor staff, long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw BusinessException.invalid("reasonText", "SERVICE_REASON_TEXT_REQUIRED");
        }
        Application a = queries.find(id).filter(x -> x.type() == ApplicationType.REIMBURSEMENT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        applications.revokeByStaff(staff, a.id(), "OTHER", reason.strip());
        calculator.reverse(ReimbursementRules.reference(a.id()), staff.login());
    }

    private static void checkItems(List<ClaimCalculator.Item> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw BusinessException.invalid("items", "CLAIM_ITEMS_COUNT", MAX_ITEMS);
        }
        for (ClaimCalculator.Item i : items) {
            if (i.code() == null || i.code().isBlank() || i.code().length() > 50 || i.quantity() == null
                    || i.quantity().signum() <= 0 || i.quantity().compareTo(MAX_QUANTITY) > 0
                    || i.unitPrice() == null || i.unitPrice().isNegative()
                    || i.unitPrice().compareTo(ReimbursementForms.MAX_TOTAL) > 0) {
                throw BusinessException.invalid("items", "CLAIM_ITEM_INVALID");
            }
        }
    }

    /** The day the claim is computed for: the discharge (住院) or the visit. */
    static LocalDate day(ReimbursementForm f) {
        return LocalDate.parse(f.inpatient() ? f.dischargeDate() : f.visitDate());
    }

    /** The account's own claim; anyone else's answers NOT_FOUND. */
    public Application own(long accountId, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == accountId && a.type() == ApplicationType.REIMBURSEMENT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }
}
