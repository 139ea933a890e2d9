package org.yibao.service.chronic;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.Subjects;
import org.yibao.service.internal.MaterialIntake;

/**
 * The citizen's 门诊慢特病申报 step by step on a draft (the pages), or in one call (the REST API): 1 申报选择 and
 * 温馨提示, 2 特殊人员, 3 disease, hospital and department, 4 materials, then 确认信息并提交 with the 知情同意书.
 * Each step checks what it asks and saves; a refusal changes nothing.
 */
@Service
public class ChronicApplications {

    /** The summary of a draft before a disease is chosen. */
    private static final String CHRONIC_SUMMARY = "慢性病申报";
    private static final String SPECIAL_SUMMARY = "特殊病申报";

    private final Applications applications;
    private final ApplicationQueries queries;
    private final Subjects subjects;
    private final ChronicDiseaseRules rules;
    private final ChronicBans bans;
    private final ChronicDiseaseCatalog catalog;
    private final TransactionTemplate tx;
    private final MaterialIntake intake;

    ChronicApplications(Applications applications, ApplicationQueries queries, Subjects subjects,
                        ChronicDiseaseRules rules, ChronicBans bans, ChronicDiseaseCatalog catalog,
                        PlatformTransactionManager transactions, MaterialIntake intake) {
        this.applications = applications;
        this.queries = queries;
        this.subjects = subjects;
        this.rules = rules;
        this.bans = bans;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.intake = intake;
    }

    /** 为他人申报: the other person's ID number, phone and 医保电子凭证 password. */
    public record OtherPerson(String idNumber, String phone, String evoucherPassword) {
    }

    /** One uploaded file of a kind ({@link MaterialKind}). */
    public record NewMaterial(String kind, @Nullable String fileName, byte[] content) implements MaterialIntake.NewFile {
    }

    /** The whole application in one call. */
    public record Complete(String kind, @Nullable OtherPerson other, boolean warmTipRead, boolean special,
                           @Nullable SpecialType specialType, @Nullable String specialReason, boolean specialCommitment,
                           @Nullable String diseaseCode, @Nullable String hospitalCode, @Nullable String department,
                           @Nullable String contactPhone, List<NewMaterial> materials, boolean consent) {
    }

    /** Whom the application is for: the account's own person, or the verified other person. */
    public Subjects.Subject subject(long account, @Nullable OtherPerson other) {
        return other == null ? subjects.self(account)
                : subjects.verified(account, other.idNumber(), other.phone(), other.evoucherPassword());
    }

    /** Step 1: the 温馨提示 was read; creates the draft for the subject. */
    public long start(long account, String kind, Subjects.Subject subject, boolean warmTipRead,
                      AuditTrail.Channel channel) {
        if (!warmTipRead) {
            throw BusinessException.invalid("warmTip", "CHRONIC_WARM_TIP_REQUIRED");
        }
        bans.refuseIfBanned(subject.personId());
        ChronicForm form = ChronicForm.start(kind);
        return tx.execute(s -> {
            long id = applications.createDraft(account, new Applications.Draft(ApplicationType.CHRONIC_DISEASE,
                    form.kind(), subject, summary(form), form.json()), channel);
            applications.acceptCommitment(account, id, Commitments.WARM_TIP, Commitments.VERSION);
            return id;
        });
    }

    /** Step 1 again on an existing draft: the tip stays read. */
    public void rereadTip(long account, long id, boolean warmTipRead) {
        Application a = draft(account, id);
        if (!warmTipRead) {
            throw BusinessException.invalid("warmTip", "CHRONIC_WARM_TIP_REQUIRED");
        }
        applications.acceptCommitment(account, a.id(), Commitments.WARM_TIP, Commitments.VERSION);
    }

    /** Step 2: 特殊人员 or not; a 特殊人员 gives type and reason and accepts the 承诺书. */
    public void saveSpecial(long account, long id, boolean special, @Nullable SpecialType type, @Nullable String reason,
                            boolean committed) {
        Application a = draft(account, id);
        rules.checkSpecial(special, type, reason, committed);
        ChronicForm form = form(a).withSpecial(special, type, reason == null ? null : reason.strip());
        tx.executeWithoutResult(s -> {
            applications.updateDraft(account, id, form.kind(), summary(form), form.json());
            if (special) {
                applications.acceptCommitment(account, id, Commitments.SPECIAL_COMMITMENT, Commitments.VERSION);
            } else {
                applications.withdrawCommitment(account, id, Commitments.SPECIAL_COMMITMENT);
            }
        });
    }

    /** Step 3: disease, assessing hospital and department, contact phone. */
    public void saveAssessment(long account, long id, @Nullable String diseaseCode, @Nullable String hospitalCode,
                               @Nullable String department, @Nullable String phone) {
        Application a = draft(account, id);
        ChronicForm current = form(a);
        rules.checkAssessment(a, current.kind(), blank(diseaseCode), blank(hospitalCode), blank(department), blank(phone));
        ChronicForm form = current.withAssessment(diseaseCode.strip(), hospitalCode.strip(), department.strip(),
                phone.strip());
        applications.updateDraft(account, id, form.kind(), summary(form), form.json());
    }

    /** Step 4: adds checked uploads (JPEG, PNG or PDF by content, at most 5 MB); one bad file adds none. */
    public void addMaterials(long account, long id, List<NewMaterial> files) {
        intake.add(account, draft(account, id).id(), files, MaterialKind::known, "CHRONIC_MATERIAL_KIND");
    }

    public void removeMaterial(long account, long id, long materialId) {
        applications.removeMaterial(account, draft(account, id).id(), materialId);
    }

    /** Leaves step 4 for the confirm page when the required materials are there. */
    public void completeMaterials(long account, long id) {
        Application a = draft(account, id);
        ChronicForm form = form(a);
        rules.checkMaterials(form, queries.materials(id));
        ChronicForm reached = form.reached(5);
        applications.updateDraft(account, id, reached.kind(), summary(reached), reached.json());
    }

    /** 确认信息并提交: the 知情同意书 accepted, then the workflow's submission. */
    public ApplicationStatus submit(long account, long id, boolean consent, AuditTrail.Channel channel) {
        Application a = draft(account, id);
        if (!consent) {
            throw BusinessException.invalid("consent", "CHRONIC_CONSENT_REQUIRED");
        }
        return tx.execute(s -> {
            applications.acceptCommitment(account, a.id(), Commitments.CONSENT, Commitments.VERSION);
            return applications.submit(account, a.id(), channel);
        });
    }

    /** Discards the draft (已取消). */
    public void discard(long account, long id) {
        applications.cancel(account, draft(account, id).id(), AuditTrail.Channel.WEB);
    }

    /** The REST API's single call: every step at once, all or nothing. Answers the application's id. */
    public long applyAtOnce(long account, Complete c, AuditTrail.Channel channel) {
        Subjects.Subject subject = subject(account, c.other());
        return tx.execute(s -> {
            long id = start(account, c.kind(), subject, c.warmTipRead(), channel);
            saveSpecial(account, id, c.special(), c.specialType(), c.specialReason(), c.specialCommitment());
            saveAssessment(account, id, c.diseaseCode(), c.hospitalCode(), c.department(), c.contactPhone());
            addMaterials(account, id, c.materials());
            completeMaterials(account, id);
            submit(account, id, c.consent(), channel);
            return id;
        });
    }

    /** The account's own draft of this type; anything else is not found. */
    public Application draft(long account, long id) {
        Application a = own(account, id);
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_DRAFT");
        }
        return a;
    }

    /** The account's own application of this type, in any status. */
    public Application own(long account, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == account && a.type() == ApplicationType.CHRONIC_DISEASE)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    public static ChronicForm form(Application a) {
        return ChronicForm.read(a.formJson());
    }

    private String summary(ChronicForm form) {
        if (form.diseaseCode() != null) {
            return catalog.find(form.diseaseCode()).map(d -> d.name()).orElse(form.diseaseCode());
        }
        return ChronicForm.SPECIAL.equals(form.kind()) ? SPECIAL_SUMMARY : CHRONIC_SUMMARY;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
