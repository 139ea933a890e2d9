package org.yibao.service.maternity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
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
 * 生育津贴申报 in the hall, the six steps of seed 000 §三: 填写代办信息 and 填写患者信息 open the draft, 确认患者信息
 * keeps the bank account (单位 or 个人 as the region pays), 填写申报信息 is checked and the allowance computed,
 * 上传材料信息, 提交申报信息. Each step refuses bad input and keeps nothing of it; the amount is never typed.
 */
@Service
public class AllowanceDrafts {

    private final Applications applications;
    private final ApplicationQueries queries;
    private final AllowanceRules rules;
    private final AllowanceEligibility eligibility;
    private final ClaimMaterials materials;
    private final Clock clock;

    AllowanceDrafts(Applications applications, ApplicationQueries queries, AllowanceRules rules,
                    AllowanceEligibility eligibility, ClaimMaterials materials, Clock clock) {
        this.applications = applications;
        this.queries = queries;
        this.rules = rules;
        this.eligibility = eligibility;
        this.materials = materials;
        this.clock = clock;
    }

    @Transactional
    public long start(long account, Subjects.Subject subject, @Nullable String agentRelation,
                      @Nullable String agentAddress) {
        boolean self = subject.route() == SubjectRoute.SELF;
        if (!self) {
            InputErrors errors = new InputErrors();
            ClaimInputs.agent(errors, agentRelation, agentAddress);
            errors.throwIfAny();
        }
        AllowanceForm form = new AllowanceForm(null, null, false, null, null, null, null, null,
                self ? null : agentRelation.strip(), self ? null : agentAddress.strip(), null);
        return applications.createDraft(account, new Applications.Draft(ApplicationType.MATERNITY_ALLOWANCE, "BIRTH",
                subject, "", AllowanceRules.write(form)), AuditTrail.Channel.WEB);
    }

    public Application draft(long account, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == account
                        && a.type() == ApplicationType.MATERNITY_ALLOWANCE && a.status() == ApplicationStatus.DRAFT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    public static AllowanceForm form(Application a) {
        return AllowanceRules.read(a.formJson());
    }

    /** To whom the region pays the allowance today (EMPLOYER or PERSON), to preselect 拨付对象. */
    public String payee(Application a) {
        try {
            return eligibility.payee(a.regionCode(), BusinessTime.today(clock));
        } catch (BusinessException e) {
            return "EMPLOYER";
        }
    }

    /** 确认患者信息: the bank account, checked on its own and against the region's payee. */
    public void saveBank(long account, long id, BankAccount bank) {
        Application a = draft(account, id);
        InputErrors errors = new InputErrors();
        bank.check(errors, a.personName());
        errors.throwIfAny();
        String payee = payee(a);
        if (!payee.equals(bank.payee())) {
            throw BusinessException.invalid("payee", "ALLOWANCE_PAYEE_" + payee);
        }
        AllowanceForm f = form(a);
        AllowanceForm next = new AllowanceForm(f.kind(), f.eventDate(), f.difficult(), f.babies(), f.weeks(),
                bank.stripped(), f.contactName(), f.contactPhone(), f.agentRelation(), f.agentAddress(), null);
        applications.updateDraft(account, id, a.variant(), a.summary(), AllowanceRules.write(next));
    }

    /** 填写申报信息: checked as a whole and computed; the computation is kept with the draft. */
    public AllowanceForm saveDetails(long account, long id, AllowanceForm typed) {
        Application a = draft(account, id);
        AllowanceForm f = form(a);
        if (f.bank() == null) {
            throw BusinessException.invalid("bank", "CLAIM_BANK_REQUIRED");
        }
        AllowanceForm next = new AllowanceForm(typed.kind(), typed.eventDate(), typed.difficult(), typed.babies(),
                typed.weeks(), f.bank(), typed.contactName(), typed.contactPhone(), f.agentRelation(),
                f.agentAddress(), null);
        AllowanceForm computed = rules.computed(next, a.personId(), a.personName(), a.regionCode(), a.route());
        applications.updateDraft(account, id, computed.kind(),
                computed.eventDate() + " " + computed.computed().days() + "天", AllowanceRules.write(computed));
        return computed;
    }

    public static List<Requirement> requirements(Application a) {
        List<Requirement> out = new ArrayList<>();
        if (a.route() != SubjectRoute.SELF) {
            out.add(new Requirement(Kind.AGENT_ID, true));
        }
        out.add(new Requirement(Kind.ID_CARD, true));
        out.add(new Requirement(Kind.DIAGNOSIS, true));
        out.add(new Requirement(Kind.DISCHARGE, false));
        out.add(new Requirement(Kind.IMAGING, false));
        return out;
    }

    public void addMaterials(long account, long id, List<ClaimMaterials.NewMaterial> files) {
        materials.add(account, draft(account, id).id(), files);
    }

    public void removeMaterial(long account, long id, long materialId) {
        applications.removeMaterial(account, draft(account, id).id(), materialId);
    }

    /** Refuses while a step is missing: the bank, the computed 申报信息 or a required material. */
    public void checkReady(Application a) {
        AllowanceForm f = form(a);
        if (f.bank() == null) {
            throw BusinessException.invalid("bank", "CLAIM_BANK_REQUIRED");
        }
        if (f.computed() == null) {
            throw BusinessException.invalid("details", "CLAIM_DETAILS_REQUIRED");
        }
        ClaimMaterials.checkComplete(requirements(a), queries.materials(a.id()));
    }

    @Transactional
    public ApplicationStatus submit(long account, long id) {
        Application a = draft(account, id);
        checkReady(a);
        return applications.submit(account, id, AuditTrail.Channel.WEB);
    }

    public void discard(long account, long id) {
        applications.cancel(account, draft(account, id).id(), AuditTrail.Channel.WEB);
    }
}
