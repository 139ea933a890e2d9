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
 * 生育津贴申报 in the hall, the six steps of seed 000 §三: 填写代办信息 and 填写患者信息 open the draft, 确认患者信息
 * keeps the bank account (单位 or 个人 as the region pays), 填写申报信息 is checked and the allowance computed,
 * 上传材料信息, 提交申报信息. Each step refuses bad input and keeps nothing of it; the amount is never typed.
 */
@Service
public class AllowanceDrafts extends ClaimDrafts {

    private final AllowanceRules rules;
    private final AllowanceEligibility eligibility;
    private final Clock clock;

    AllowanceDrafts(Applications applications, ApplicationQueries queries, AllowanceRules rules,
                    AllowanceEligibility eligibility, ClaimMaterials materials, Clock clock) {
        super(ApplicationType.MATERNITY_ALLOWANCE, applications, queries, materials);
        this.rules = rules;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Transactional
    public long start(long account, Subjects.Subject subject, @Nullable String agentRelation,
                      @Nullable String agentAddress) {
        checkAgent(subject, agentRelation, agentAddress);
        boolean self = subject.route() == SubjectRoute.SELF;
        AllowanceForm form = new AllowanceForm(null, null, false, null, null, null, null, null,
                self ? null : agentRelation.strip(), self ? null : agentAddress.strip(), null);
        return applications.createDraft(account, new Applications.Draft(ApplicationType.MATERNITY_ALLOWANCE, "BIRTH",
                subject, "", AllowanceRules.write(form)), AuditTrail.Channel.WEB);
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
    @Override
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

    @Override
    public @Nullable BankAccount bank(Application a) {
        return form(a).bank();
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

    /** 申报信息 counts as kept once the allowance is computed. */
    @Override
    public boolean detailsSaved(Application a) {
        return form(a).computed() != null;
    }

    @Override
    protected void checkDetails(Application a) {
        if (!detailsSaved(a)) {
            throw BusinessException.invalid("details", "CLAIM_DETAILS_REQUIRED");
        }
    }

    @Override
    public List<Requirement> requirements(Application a) {
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
}
