package org.yibao.service.maternity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.Subjects;

/**
 * 生育津贴申报 in one go (填写代办信息 … 提交申报信息): the form is checked and the allowance computed before anything
 * is written, then the application is created and submitted; a refusal at any step keeps nothing.
 */
@Service
public class AllowanceApplying {

    private final Applications applications;
    private final ApplicationQueries queries;
    private final AllowanceRules rules;

    AllowanceApplying(Applications applications, ApplicationQueries queries, AllowanceRules rules) {
        this.applications = applications;
        this.queries = queries;
        this.rules = rules;
    }

    /** Files for the subject; answers the application's id. */
    @Transactional
    public long file(long accountId, Subjects.Subject subject, AllowanceForm form, AuditTrail.Channel channel) {
        AllowanceForm computed = rules.computed(form, subject.personId(), subject.name(), subject.regionCode(),
                subject.route());
        String summary = computed.eventDate() + " " + computed.computed().days() + "天";
        long id = applications.createDraft(accountId, new Applications.Draft(ApplicationType.MATERNITY_ALLOWANCE,
                computed.kind(), subject, summary, AllowanceRules.write(computed)), channel);
        applications.submit(accountId, id, channel);
        return id;
    }

    /** The account's own allowance application; anyone else's answers NOT_FOUND. */
    public Application own(long accountId, long id) {
        return queries.find(id)
                .filter(a -> a.applicantAccount() == accountId && a.type() == ApplicationType.MATERNITY_ALLOWANCE)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    public AllowanceForm form(Application a) {
        return AllowanceRules.read(a.formJson());
    }
}
