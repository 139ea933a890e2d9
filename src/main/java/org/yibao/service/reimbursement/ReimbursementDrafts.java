package org.yibao.service.reimbursement;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.SubjectRoute;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.ClaimInputs;
import org.yibao.service.payment.ClaimMaterials;
import org.yibao.service.payment.ClaimMaterials.Kind;
import org.yibao.service.payment.ClaimMaterials.Requirement;

/**
 * 零星报销申报 and 生育医疗费用报销申报 in the hall, screen by screen as seed 000 §三: 选择申报人 opens a draft for
 * the person (the agent's relation and address when helping another), 确认患者信息 keeps the 报销收款银行信息,
 * 申报信息 is checked as a whole form, 上传材料 needs the kinds the visit calls for, and 提交申报 is the workflow's
 * submission (invoices held, direct settlement refused) — each step refuses bad input and keeps nothing of it.
 */
@Service
public class ReimbursementDrafts {

    public static final String GENERAL = "GENERAL";
    public static final String MATERNITY = "MATERNITY";

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ReimbursementForms forms;
    private final ClaimMaterials materials;
    private final ReimbursementRules rules;
    private final ClaimInvoices invoices;

    ReimbursementDrafts(Applications applications, ApplicationQueries queries, ReimbursementForms forms,
                        ClaimMaterials materials, ReimbursementRules rules, ClaimInvoices invoices) {
        this.rules = rules;
        this.invoices = invoices;
        this.applications = applications;
        this.queries = queries;
        this.forms = forms;
        this.materials = materials;
    }

    /** 选择申报人: opens the draft; someone helping another names their relation and address. */
    @Transactional
    public long start(long account, Subjects.Subject subject, String variant, @Nullable String agentRelation,
                      @Nullable String agentAddress) {
        if (subject.route() != SubjectRoute.SELF) {
            InputErrors errors = new InputErrors();
            ClaimInputs.agent(errors, agentRelation, agentAddress);
            errors.throwIfAny();
        }
        boolean self = subject.route() == SubjectRoute.SELF;
        ReimbursementForm form = new ReimbursementForm(null, null, null, null, null, null, null, null, null, null,
                null, null, null, self ? null : agentRelation.strip(), self ? null : agentAddress.strip(), null);
        return applications.createDraft(account, new Applications.Draft(ApplicationType.REIMBURSEMENT,
                MATERNITY.equals(variant) ? MATERNITY : GENERAL, subject, "", ReimbursementForms.write(form)),
                AuditTrail.Channel.WEB);
    }

    /** The applicant's own draft; anything else answers NOT_FOUND. */
    public Application draft(long account, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == account && a.type() == ApplicationType.REIMBURSEMENT
                && a.status() == ApplicationStatus.DRAFT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    public static ReimbursementForm form(Application a) {
        return ReimbursementForms.read(a.formJson());
    }

    /** 确认患者信息: the bank account, checked on its own. */
    public void saveBank(long account, long id, BankAccount bank) {
        Application a = draft(account, id);
        InputErrors errors = new InputErrors();
        bank.check(errors, a.personName());
        errors.throwIfAny();
        ReimbursementForm f = form(a);
        ReimbursementForm next = new ReimbursementForm(f.medType(), f.admissionDate(), f.dischargeDate(),
                f.visitDate(), f.institutionCode(), f.institutionName(), f.invoiceNumbers(), f.totalAmount(),
                f.selfPayReason(), f.maternity(), bank.stripped(), f.contactName(), f.contactPhone(),
                f.agentRelation(), f.agentAddress(), null);
        applications.updateDraft(account, id, a.variant(), a.summary(), ReimbursementForms.write(next));
    }

    /** 申报信息: the visit, invoices, total and contact, checked with the whole form. */
    public void saveDetails(long account, long id, ReimbursementForm typed) {
        Application a = draft(account, id);
        ReimbursementForm f = form(a);
        boolean maternity = MATERNITY.equals(a.variant());
        if (typed.medType() != null && typed.maternityCare() != maternity) {
            throw BusinessException.invalid("medType", "CLAIM_MED_TYPE");
        }
        ReimbursementForm next = new ReimbursementForm(typed.medType(), typed.admissionDate(), typed.dischargeDate(),
                typed.visitDate(), typed.institutionCode(), typed.institutionName(), typed.invoiceNumbers(),
                typed.totalAmount(), typed.selfPayReason(), maternity ? typed.maternity() : null, f.bank(),
                typed.contactName(), typed.contactPhone(), f.agentRelation(), f.agentAddress(), null);
        var total = forms.check(next, a.personName(), a.route());
        rules.checkNotSettledDirectly(a.personId(), next);
        invoices.checkFree(a.id(), next.invoiceNumbers());
        applications.updateDraft(account, id, a.variant(), ReimbursementApplying.day(next) + " " + total + "元",
                ReimbursementForms.write(next));
    }

    /** 上传材料: what the claim needs; the agent's ID when someone helps, the discharge record for a stay. */
    public static List<Requirement> requirements(Application a) {
        ReimbursementForm f = form(a);
        List<Requirement> out = new ArrayList<>();
        if (a.route() != SubjectRoute.SELF) {
            out.add(new Requirement(Kind.AGENT_ID, true));
        }
        out.add(new Requirement(Kind.ID_CARD, true));
        out.add(new Requirement(Kind.INVOICE, true));
        out.add(new Requirement(Kind.FEE_LIST, true));
        out.add(new Requirement(Kind.DIAGNOSIS, true));
        out.add(new Requirement(Kind.DISCHARGE, f.inpatient()));
        out.add(new Requirement(Kind.IMAGING, false));
        return out;
    }

    public void addMaterials(long account, long id, List<ClaimMaterials.NewMaterial> files) {
        materials.add(account, draft(account, id).id(), files);
    }

    public void removeMaterial(long account, long id, long materialId) {
        applications.removeMaterial(account, draft(account, id).id(), materialId);
    }

    /** Refuses while a step is missing: the bank, the 申报信息 or a required material. */
    public void checkReady(Application a) {
        ReimbursementForm f = form(a);
        if (f.bank() == null) {
            throw BusinessException.invalid("bank", "CLAIM_BANK_REQUIRED");
        }
        forms.check(f, a.personName(), a.route());
        ClaimMaterials.checkComplete(requirements(a), queries.materials(a.id()));
    }

    /** 提交申报: every step complete, then the workflow's submission; answers the status. */
    @Transactional
    public ApplicationStatus submit(long account, long id) {
        Application a = draft(account, id);
        checkReady(a);
        return applications.submit(account, id, AuditTrail.Channel.WEB);
    }

    /** 放弃申报: the draft is cancelled, its invoices were never held. */
    public void discard(long account, long id) {
        applications.cancel(account, draft(account, id).id(), AuditTrail.Channel.WEB);
    }
}
