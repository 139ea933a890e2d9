package org.yibao.service.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.service.Application;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.AutoApprovalRules;
import org.yibao.service.ServiceMessages;
import org.yibao.service.StatusChange;
import org.yibao.support.YibaoHttpTest;

/** The one workflow's status machine: who may move an application where, and what each move leaves behind. */
class ApplicationWorkflowTests extends YibaoHttpTest {

    private static final String REGION = "130200";
    private static final Applications.StaffActor CLERK = new Applications.StaffActor("clerk130200", REGION);
    private static final Applications.StaffActor COLLEAGUE = new Applications.StaffActor("colleague130200", REGION);
    private static final Applications.StaffActor OTHER_REGION = new Applications.StaffActor("clerk130600", "130600");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AutoApprovalRules rules;

    @Autowired
    private ServiceMessages messages;

    private OfficeFixtures fixtures;
    private Applications workflow;
    private long account;
    private TestPerson person;

    @BeforeEach
    void applicant() {
        fixtures = new OfficeFixtures(context);
        workflow = fixtures.workflow();
        person = insuredPerson("赵流程", REGION, "246810", null);
        account = OfficeFixtures.linkedAccount(jdbc, registeredPhone("Flow2025a"), person.id());
    }

    @Test
    void theApplicantCancelsBeforeADecisionButNotAfter() {
        long open = fixtures.submitted(account, person, REGION);
        workflow.cancel(account, open, AuditTrail.Channel.WEB);
        assertThat(fixtures.find(open).status()).isEqualTo(ApplicationStatus.CANCELLED);

        long decided = fixtures.submitted(account, person, REGION);
        workflow.reject(CLERK, decided, "MATERIALS_UNCLEAR", null);
        assertThatThrownBy(() -> workflow.cancel(account, decided, AuditTrail.Channel.WEB))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_NOT_CANCELLABLE"));
        assertThat(fixtures.find(decided).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void onlyTheApplicantMayCancel() {
        long id = fixtures.submitted(account, person, REGION);
        assertThatThrownBy(() -> workflow.cancel(account + 1_000_000, id, AuditTrail.Channel.WEB))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_NOT_FOUND"));
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void oneClerkClaimsAndAColleagueIsRefused() {
        long id = fixtures.submitted(account, person, REGION);
        workflow.claim(CLERK, id);
        workflow.claim(CLERK, id);
        assertThat(fixtures.find(id).claimedBy()).isEqualTo("clerk130200");

        assertThatThrownBy(() -> workflow.claim(COLLEAGUE, id))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_CLAIMED_BY_OTHER"));
        assertThatThrownBy(() -> workflow.approve(COLLEAGUE, id, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_CLAIMED_BY_OTHER"));
        assertThatThrownBy(() -> workflow.reject(COLLEAGUE, id, "DUPLICATE", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_CLAIMED_BY_OTHER"));
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aClerkOfAnotherRegionFindsNothing() {
        long id = fixtures.submitted(account, person, REGION);
        assertThatThrownBy(() -> workflow.claim(OTHER_REGION, id))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_NOT_FOUND"));
        assertThatThrownBy(() -> workflow.approve(OTHER_REGION, id, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_NOT_FOUND"));
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aRejectionNeedsAListedReasonAndForOtherAText() {
        long id = fixtures.submitted(account, person, REGION);
        assertThatThrownBy(() -> workflow.reject(CLERK, id, "", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_REASON_REQUIRED"));
        assertThatThrownBy(() -> workflow.reject(CLERK, id, "OTHER", "  "))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_REASON_TEXT_REQUIRED"));
        assertThat(fixtures.find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        workflow.reject(CLERK, id, "OTHER", "诊断证明缺少医院盖章");
        Application rejected = fixtures.find(id);
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.reasonCode()).isEqualTo("OTHER");
        assertThat(rejected.reason()).isEqualTo("诊断证明缺少医院盖章");
        assertThat(rejected.decidedBy()).isEqualTo("staff:clerk130200");
    }

    @Test
    void aRegionRuleApprovesAtOnceWithTheRuleAsReviewer() {
        String variant = "T" + UUID.randomUUID().toString().substring(0, 8);
        rules.set("admin", REGION, ApplicationType.CHRONIC_DISEASE, variant, true);
        try {
            long id = fixtures.draft(account, person, REGION, ApplicationType.CHRONIC_DISEASE, variant);
            assertThat(workflow.submit(account, id, AuditTrail.Channel.WEB)).isEqualTo(ApplicationStatus.APPROVED);
            Application a = fixtures.find(id);
            assertThat(a.autoDecided()).isTrue();
            assertThat(a.decidedBy()).isEqualTo("AUTO:" + REGION + ":CHRONIC_DISEASE:" + variant);
            assertThat(fixtures.queries().history(id)).extracting(StatusChange::actorKind)
                    .containsExactly("CITIZEN", "CITIZEN", "AUTO");
        } finally {
            rules.remove("admin", REGION, ApplicationType.CHRONIC_DISEASE, variant);
        }
        long later = fixtures.draft(account, person, REGION, ApplicationType.CHRONIC_DISEASE, variant);
        assertThat(workflow.submit(account, later, AuditTrail.Channel.WEB)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void everyTransitionIsInTheHistoryAndToldToTheApplicant() {
        long id = fixtures.submitted(account, person, REGION);
        workflow.claim(CLERK, id);
        workflow.approve(CLERK, id, "材料齐全");
        List<StatusChange> history = fixtures.queries().history(id);
        assertThat(history).extracting(StatusChange::to).containsExactly(ApplicationStatus.DRAFT,
                ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED);
        assertThat(history.get(3).actor()).isEqualTo("staff:clerk130200");
        assertThat(history.get(3).reason()).isEqualTo("材料齐全");
        assertThat(messages.latest(account, 10)).extracting(ServiceMessages.Message::status)
                .containsExactly(ApplicationStatus.APPROVED, ApplicationStatus.IN_REVIEW, ApplicationStatus.SUBMITTED);
        assertThat(messages.unread(account)).isEqualTo(3);
        messages.readAbout(account, id);
        assertThat(messages.unread(account)).isZero();
        assertThat(jdbc.sql("select count(*) from common_audit_record where subject like ?").param("application:" + id + "/%")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }
}
