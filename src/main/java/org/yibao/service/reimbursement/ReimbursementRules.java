package org.yibao.service.reimbursement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.payment.ClaimLines;
import org.yibao.service.payment.PaymentOrders;

/**
 * 零星报销 and 生育医疗费用报销 on the common workflow: a valid form whose invoices no other claim holds; always
 * reviewed by a clerk of the insured's region, who enters the fee items; approval needs that assessment and issues
 * the payment order of the fund's part to the account given.
 */
@Component
class ReimbursementRules implements ApplicationTypeRules {

    private final ReimbursementForms forms;
    private final ClaimInvoices invoices;
    private final PaymentOrders payments;
    private final ClaimCalculator calculator;

    private final JdbcClient jdbc;

    ReimbursementRules(ReimbursementForms forms, ClaimInvoices invoices, PaymentOrders payments,
                       ClaimCalculator calculator, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.forms = forms;
        this.invoices = invoices;
        this.payments = payments;
    }

    @Override
    public ApplicationType type() {
        return ApplicationType.REIMBURSEMENT;
    }

    @Override
    public void checkSubmit(Application a, List<Material> materials, List<String> accepted) {
        ReimbursementForm f = ReimbursementForms.read(a.formJson());
        forms.check(f, a.personName(), a.route());
        checkNotSettledDirectly(a.personId(), f);
        invoices.hold(a.id(), f.invoiceNumbers());
    }

    /** A visit settled directly at the institution within the claimed dates cannot be claimed. */
    void checkNotSettledDirectly(long personId, ReimbursementForm f) {
        if (f.institutionCode() != null && calculator.settledDirectly(personId, f.institutionCode(),
                LocalDate.parse(f.inpatient() ? f.admissionDate() : f.visitDate()), ReimbursementApplying.day(f))) {
            throw new BusinessException(Problem.CONFLICT, "CLAIM_SETTLED_DIRECTLY");
        }
    }

    @Override
    public boolean autoApprovable(Application application) {
        return false;
    }

    /** The settlement's idempotency key of an application: one settlement per claim, whatever happens twice. */
    static String reference(long applicationId) {
        return "APP" + applicationId;
    }

    /**
     * Records the claim as the person's settlement (computed again with the accumulators as they now stand, so
     * that two claims approved one after the other share the year's deductible and caps correctly), keeps the
     * settlement with the claim and issues the payment order of every fund's part.
     */
    @Override
    public void approved(Application a) {
        ReimbursementForm f = ReimbursementForms.read(a.formJson());
        if (f.assessment() == null) {
            throw new BusinessException(Problem.CONFLICT, "CLAIM_NOT_ASSESSED");
        }
        String clerk = a.decidedBy() == null ? f.assessment().clerk() : a.decidedBy().replaceFirst("^staff:", "");
        ClaimCalculator.Recorded recorded = calculator.record(new ClaimCalculator.Claim(a.personId(),
                ReimbursementApplying.day(f), f.medType(), f.institutionCode(), f.assessment().items()),
                reference(a.id()), clerk);
        ReimbursementForm settled = f.withAssessment(new ReimbursementForm.Assessment(f.assessment().items(),
                recorded.split(), f.assessment().clerk(), recorded.setlId()));
        jdbc.sql("update service_application set form = cast(? as jsonb) where id = ?")
                .params(ReimbursementForms.write(settled), a.id()).update();
        payments.issue(a.id(), f.bank(), recorded.split().fund());
    }

    /** 撤销 after approval: only while the payment has not been made; the order is cancelled. */
    @Override
    public void revoked(Application a) {
        payments.cancel(a.id());
    }

    @Override
    public List<FormLine> describe(Application a) {
        ReimbursementForm f = ReimbursementForms.read(a.formJson());
        List<FormLine> lines = new ArrayList<>();
        lines.add(FormLine.key("reimbursement.field.medType", "reimbursement.medType." + f.medType()));
        if (f.inpatient()) {
            lines.add(FormLine.text("reimbursement.field.admissionDate", f.admissionDate()));
            lines.add(FormLine.text("reimbursement.field.dischargeDate", f.dischargeDate()));
        } else {
            lines.add(FormLine.text("reimbursement.field.visitDate", f.visitDate()));
        }
        lines.add(FormLine.text("reimbursement.field.institution",
                f.institutionCode() != null ? f.institutionCode() : f.institutionName()));
        lines.add(FormLine.text("reimbursement.field.invoiceNumbers", f.invoiceNumbers() == null ? "" : String.join("、", f.invoiceNumbers())));
        lines.add(FormLine.text("reimbursement.field.totalAmount", f.totalAmount()));
        if (f.selfPayReason() != null) {
            lines.add(FormLine.text("reimbursement.field.selfPayReason", f.selfPayReason()));
        }
        if (f.maternity() != null && f.maternityCare()) {
            lines.add(FormLine.text("reimbursement.field.eventDate", f.maternity().eventDate()));
            lines.add(FormLine.text("reimbursement.field.parity", String.valueOf(f.maternity().parity())));
        }
        if (f.assessment() != null) {
            lines.add(FormLine.text("reimbursement.field.fund", f.assessment().split().fund().toString()));
            lines.add(FormLine.text("reimbursement.field.personal", f.assessment().split().personal().toString()));
            if (f.assessment().split().lines() != null) {
                f.assessment().split().lines().forEach(l -> lines.add(FormLine.text(
                        "reimbursement.fund." + l.fundType(), l.amount().toString())));
            }
            if (f.assessment().setlId() != null) {
                lines.add(FormLine.text("reimbursement.field.setlId", f.assessment().setlId()));
            }
            f.assessment().split().explanation()
                    .forEach(e -> lines.add(FormLine.text("reimbursement.field.explanation", e)));
        }
        ClaimLines.bank(lines, f.bank());
        ClaimLines.payment(lines, payments.of(a.id()));
        return lines;
    }
}
