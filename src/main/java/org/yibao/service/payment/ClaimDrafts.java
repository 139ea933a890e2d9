package org.yibao.service.payment;

import java.util.List;
import org.jspecify.annotations.Nullable;
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

/**
 * The steps every claim draft in the hall takes alike (零星报销, 生育医疗费, 生育津贴; seed 000 §三): the applicant's
 * own draft, the agent named when helping another, the uploads, the check that no step is missing, 提交申报 and
 * 放弃申报. What a kind of claim asks for (its bank rule, its 申报信息, its materials) stays with that kind.
 */
public abstract class ClaimDrafts {

    protected final Applications applications;
    protected final ApplicationQueries queries;
    private final ApplicationType type;
    private final ClaimMaterials materials;

    protected ClaimDrafts(ApplicationType type, Applications applications, ApplicationQueries queries,
                          ClaimMaterials materials) {
        this.type = type;
        this.applications = applications;
        this.queries = queries;
        this.materials = materials;
    }

    /** The applicant's own draft of this kind; anything else answers NOT_FOUND. */
    public Application draft(long account, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == account && a.type() == type
                        && a.status() == ApplicationStatus.DRAFT)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    /** 确认患者信息: the bank account the claim is paid to, checked and kept with the draft. */
    public abstract void saveBank(long account, long id, BankAccount bank);

    /** The bank account kept with the draft, or null while 确认患者信息 is not done. */
    public abstract @Nullable BankAccount bank(Application a);

    /** Whether 申报信息 has been kept with the draft. */
    public abstract boolean detailsSaved(Application a);

    /** 上传材料: the kinds this claim needs. */
    public abstract List<ClaimMaterials.Requirement> requirements(Application a);

    public void addMaterials(long account, long id, List<ClaimMaterials.NewMaterial> files) {
        materials.add(account, draft(account, id).id(), files);
    }

    public void removeMaterial(long account, long id, long materialId) {
        applications.removeMaterial(account, draft(account, id).id(), materialId);
    }

    /** Refuses while a step is missing: the bank, the 申报信息 or a required material. */
    public void checkReady(Application a) {
        if (bank(a) == null) {
            throw BusinessException.invalid("bank", "CLAIM_BANK_REQUIRED");
        }
        checkDetails(a);
        ClaimMaterials.checkComplete(requirements(a), queries.materials(a.id()));
    }

    /** Refuses while the 申报信息 kept with the draft is missing or no longer holds. */
    protected abstract void checkDetails(Application a);

    /** 提交申报: every step complete, then the workflow's submission; answers the status. */
    @Transactional
    public ApplicationStatus submit(long account, long id) {
        Application a = draft(account, id);
        checkReady(a);
        return applications.submit(account, id, AuditTrail.Channel.WEB);
    }

    /** 放弃申报: the draft is cancelled. */
    public void discard(long account, long id) {
        applications.cancel(account, draft(account, id).id(), AuditTrail.Channel.WEB);
    }

    /** Someone helping another names their relation and address; refused as a whole when either is wrong. */
    protected static void checkAgent(Subjects.Subject subject, @Nullable String relation, @Nullable String address) {
        if (subject.route() != SubjectRoute.SELF) {
            InputErrors errors = new InputErrors();
            ClaimInputs.agent(errors, relation, address);
            errors.throwIfAny();
        }
    }
}
