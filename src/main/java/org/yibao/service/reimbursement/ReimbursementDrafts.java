package org.yibao.service.reimbursement;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.SubjectRoute;
import org.yibao.service.Subjects;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.ClaimDrafts;
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
public class ReimbursementDrafts extends ClaimDrafts {

    public static final String GENERAL = "GENERAL";
    public static final String MATERNITY = "MATERNITY";

    private final ReimbursementForms forms;
    private final ReimbursementRules rules;
    private final ClaimInvoices invoices;

    ReimbursementDrafts(Applications applications, ApplicationQueries queries, ReimbursementForms forms,
                        ClaimMaterials materials, ReimbursementRules rules, ClaimInvoices invoices) {
        super(ApplicationType.REIMBURSEMENT, applications, queries, materials);
        this.rules = rules;
        this.invoices = invoices;
        this.forms = forms;
    }

    /** 选择申报人: opens the draft; someone helping another names their relation and address. */
    @Transactional
    public long start(long account, Subjects.Subject subject, String variant, @Nullable String agentRelation,
                      @Nullable String agentAddress) {
        checkAgent(subject, agentRelation, agentAddress);
        boolean self = subject.route() == SubjectRoute.SELF;
        ReimbursementForm form = new ReimbursementForm(null, null, null, null, null, null, null, null, null, null,
                null, null, null, self ? null : agentRelation.strip(), self ? null : agentAddress.strip(), null);
        return applications.createDraft(account, new Applications.Draft(ApplicationType.REIMBURSEMENT,
                MATERNITY.equals(variant) ? MATERNITY : GENERAL, subject, "", ReimbursementForms.write(form)),
                AuditTrail.Channel.WEB);
    }

    public static ReimbursementForm form(Application a) {
        return ReimbursementForms.read(a.formJson());
    }

    /** 确认患者信息: the bank account, checked on its own. */
    @Override
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

    @Override
    public @Nullable BankAccount bank(Application a) {
        return form(a).bank();
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

    /** 申报信息 counts as kept once its total is there (it is kept only when the whole form holds). */
    @Override
    public boolean detailsSaved(Application a) {
        return form(a).totalAmount() != null;
    }

    /** The kept 申报信息 checked once more with the whole form. */
    @Override
    protected void checkDetails(Application a) {
        forms.check(form(a), a.personName(), a.route());
    }

    /** 上传材料: what the claim needs; the agent's ID when someone helps, the discharge record for a stay. */
    @Override
    public List<Requirement> requirements(Application a) {
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
}
