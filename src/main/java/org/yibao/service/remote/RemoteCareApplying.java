package org.yibao.service.remote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.Subjects;

/**
 * The steps of a 备案申报 on the common workflow: the draft is created only once the form passes (so a 免备案
 * destination files nothing), the 承诺书 is signed by typing the signer's name, then 确认信息并提交; and 撤销
 * of an approved filing by the applicant.
 */
@Service
public class RemoteCareApplying {

    /** The version of the 须知 and 承诺书 texts in the bundle. */
    public static final String TEXT_VERSION = "2025-1";

    private final Applications applications;
    private final ApplicationQueries queries;
    private final RemoteCareForms forms;
    private final RemoteCareRules rules;
    private final RemoteCarePersons persons;
    private final org.yibao.service.RemoteCareFilings filings;
    private final JdbcClient jdbc;

    RemoteCareApplying(Applications applications, ApplicationQueries queries, RemoteCareForms forms,
                       RemoteCareRules rules, RemoteCarePersons persons, org.yibao.service.RemoteCareFilings filings,
                       JdbcClient jdbc) {
        this.applications = applications;
        this.queries = queries;
        this.forms = forms;
        this.rules = rules;
        this.persons = persons;
        this.filings = filings;
        this.jdbc = jdbc;
    }

    /** Refuses to start while the person has a filing in force or an application under review. */
    public void refuseWhileFiled(Subjects.Subject subject) {
        rules.refuseWhileFiledOrOpen(subject.personId(), -1);
    }

    /** Checks the form and creates the draft with the 须知 read; answers its id. */
    @Transactional
    public long start(long accountId, Subjects.Subject subject, RemoteCareForm form, AuditTrail.Channel channel) {
        forms.check(form, subject.regionCode());
        refuseWhileFiled(subject);
        long id = applications.createDraft(accountId, new Applications.Draft(ApplicationType.REMOTE_CARE, form.kind(),
                subject, forms.destinationName(form.provinceCode(), form.cityCode()), forms.write(form)), channel);
        applications.acceptCommitment(accountId, id, RemoteCareRules.NOTICE, TEXT_VERSION);
        return id;
    }

    /** Replaces the form of the draft (上一步 and change). */
    @Transactional
    public void update(long accountId, long id, RemoteCareForm form) {
        Application a = draft(accountId, id);
        forms.check(form, a.regionCode());
        RemoteCareForm kept = form.withSignatureOf(forms.read(a.formJson()));
        applications.updateDraft(accountId, id, form.kind(), forms.destinationName(form.provinceCode(), form.cityCode()),
                forms.write(kept));
    }

    /** 承诺书签名: the signer types their name (the applicant's or the filed person's) and agrees. */
    @Transactional
    public void sign(long accountId, long id, String signature, boolean agreed) {
        Application a = draft(accountId, id);
        String typed = signature == null ? "" : signature.strip();
        if (typed.isEmpty()) {
            throw BusinessException.invalid("signature", "REMOTE_SIGNATURE_REQUIRED");
        }
        if (!typed.equals(persons.ownName(accountId)) && !typed.equals(a.personName())) {
            throw BusinessException.invalid("signature", "REMOTE_SIGNATURE_NAME");
        }
        if (!agreed) {
            throw BusinessException.invalid("agreed", "REMOTE_COMMITMENT_REQUIRED");
        }
        RemoteCareForm f = forms.read(a.formJson()).withSignature(typed);
        applications.updateDraft(accountId, id, a.variant(), a.summary(), forms.write(f));
        applications.acceptCommitment(accountId, id, RemoteCareRules.COMMITMENT, TEXT_VERSION);
    }

    public ApplicationStatus submit(long accountId, long id, AuditTrail.Channel channel) {
        draft(accountId, id);
        return applications.submit(accountId, id, channel);
    }

    /** Everything at once (the REST API): refused as a whole, nothing kept, when any step fails. */
    @Transactional
    public long fileAtOnce(long accountId, Subjects.Subject subject, RemoteCareForm form, String signature,
                           AuditTrail.Channel channel) {
        long id = start(accountId, subject, form, channel);
        sign(accountId, id, signature, true);
        applications.submit(accountId, id, channel);
        return id;
    }

    /** 撤销 by the applicant (also a 亲情代办 proxy for the member): the type refuses within six months of long-term. */
    @Transactional
    public void revoke(long accountId, long applicationId, AuditTrail.Channel channel) {
        applications.revoke(accountId, applicationId, channel);
        jdbc.sql("update service_remote_filing set revoked_by = ? where application_id = ? and status = 'REVOKED'")
                .params("account:" + accountId, applicationId).update();
    }

    /** The account's own 备案 application (draft or not); anyone else's answers NOT_FOUND. */
    public Application own(long accountId, long id) {
        return queries.find(id).filter(a -> a.applicantAccount() == accountId && a.type() == ApplicationType.REMOTE_CARE)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    public Application draft(long accountId, long id) {
        Application a = own(accountId, id);
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new BusinessException(Problem.CONFLICT, "SERVICE_NOT_DRAFT");
        }
        return a;
    }

    /** The application's content line by line, as its detail pages show it. */
    public java.util.List<org.yibao.service.FormLine> lines(Application a) {
        return rules.describe(a);
    }

    public RemoteCareForm form(Application a) {
        return forms.read(a.formJson());
    }

    public java.util.Optional<org.yibao.service.RemoteCareFilings.Filing> filing(long applicationId) {
        return filings.byApplication(applicationId);
    }

    public boolean signed(long id) {
        return queries.commitmentKinds(id).contains(RemoteCareRules.COMMITMENT);
    }
}
