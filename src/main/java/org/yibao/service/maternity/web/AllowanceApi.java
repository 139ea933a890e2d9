package org.yibao.service.maternity.web;

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
import org.yibao.common.Money;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.service.Application;
import org.yibao.service.Subjects;
import org.yibao.service.maternity.AllowanceApplying;
import org.yibao.service.maternity.AllowanceForm;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.OtherPerson;

/**
 * Citizen REST API for 生育津贴申报: for oneself, or (帮助他人申报) for a person who proves consent with their
 * e-voucher password; the allowance is computed by Yibao and answered with its computation.
 */
@RestController
@Tag(name = "生育津贴 Maternity allowance")
class AllowanceApi {

    private final AllowanceApplying applying;
    private final Subjects subjects;
    private final CurrentCitizen citizen;

    AllowanceApi(AllowanceApplying applying, Subjects subjects, CurrentCitizen citizen) {
        this.applying = applying;
        this.subjects = subjects;
        this.citizen = citizen;
    }

    record FileRequest(@Nullable OtherPerson other, @Nullable String agentRelation, @Nullable String agentAddress,
                       @Nullable String kind, @Nullable String eventDate, boolean difficult, @Nullable Integer babies,
                       @Nullable Integer weeks, @Nullable BankAccount bank, @Nullable String contactName,
                       @Nullable String contactPhone) {
    }

    record Filed(long applicationId, String status, Money amount, int days, List<List<String>> computation) {
    }

    @PostMapping("/api/v1/applications/maternity-allowance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "生育津贴申报: eligibility, days and amount computed from the region's parameters")
    Filed file(@RequestBody FileRequest body) {
        long account = citizen.accountId();
        Subjects.Subject subject = OtherPerson.subject(subjects, account, body.other());
        AllowanceForm form = new AllowanceForm(body.kind(), body.eventDate(), body.difficult(), body.babies(),
                body.weeks(), body.bank(), body.contactName(), body.contactPhone(), body.agentRelation(),
                body.agentAddress(), null);
        long id = applying.file(account, subject, form, AuditTrail.Channel.API);
        Application a = applying.own(account, id);
        AllowanceForm.Computed c = applying.form(a).computed();
        return new Filed(id, a.status().name(), Money.ofFen(c.amountFen()), c.days(), c.lines());
    }
}
