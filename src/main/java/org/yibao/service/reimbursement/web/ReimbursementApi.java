package org.yibao.service.reimbursement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.service.Application;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.OtherPerson;
import org.yibao.service.reimbursement.ReimbursementApplying;
import org.yibao.service.reimbursement.ReimbursementForm;

/**
 * Citizen REST API for 零星报销 and 生育医疗费用报销 (med_type 51/52 with the 生育 fields): for oneself, or
 * (帮助他人申报) for a patient who consents with their e-voucher password. The clerk computes the amount.
 */
@RestController
@Tag(name = "零星报销 Reimbursement")
class ReimbursementApi {

    private final ReimbursementApplying applying;
    private final Subjects subjects;
    private final CurrentCitizen citizen;

    ReimbursementApi(ReimbursementApplying applying, Subjects subjects, CurrentCitizen citizen) {
        this.applying = applying;
        this.subjects = subjects;
        this.citizen = citizen;
    }

    record FileRequest(@Nullable OtherPerson other, @Nullable String agentRelation, @Nullable String agentAddress,
                       @Nullable String medType, @Nullable String admissionDate, @Nullable String dischargeDate,
                       @Nullable String visitDate, @Nullable String institutionCode,
                       @Nullable String institutionName, @Nullable List<String> invoiceNumbers,
                       @Nullable String totalAmount, @Nullable String selfPayReason,
                       ReimbursementForm.@Nullable Maternity maternity, @Nullable BankAccount bank,
                       @Nullable String contactName, @Nullable String contactPhone) {
    }

    record Filed(long applicationId, String status, String variant) {
    }

    @PostMapping("/api/v1/applications/reimbursement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "零星报销申报 (生育医疗费用 with med_type 51/52): checked and submitted for the agency's review")
    Filed file(@RequestBody FileRequest b) {
        long account = citizen.accountId();
        Subjects.Subject subject = OtherPerson.subject(subjects, account, b.other());
        ReimbursementForm form = new ReimbursementForm(b.medType(), b.admissionDate(), b.dischargeDate(), b.visitDate(),
                b.institutionCode(), b.institutionName(), b.invoiceNumbers(), b.totalAmount(), b.selfPayReason(),
                b.maternity(), b.bank(), b.contactName(), b.contactPhone(), b.agentRelation(), b.agentAddress(), null);
        long id = applying.file(account, subject, form, AuditTrail.Channel.API);
        Application a = applying.own(account, id);
        return new Filed(id, a.status().name(), a.variant());
    }
}
