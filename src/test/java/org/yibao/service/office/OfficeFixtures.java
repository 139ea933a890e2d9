package org.yibao.service.office;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yibao.common.AuditTrail;
import org.yibao.common.Upload;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.Applications;
import org.yibao.service.AutoApprovalRules;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.SubjectRoute;
import org.yibao.service.Subjects;
import org.yibao.service.internal.ServiceMessageWriter;
import org.yibao.support.Multipart;
import org.yibao.support.YibaoHttpTest;

/**
 * Applications in any state for the generic pages' tests, whatever the real types' forms look like: the shared
 * workflow (same tables, same status machine) driven with permissive type rules that accept every form and grant
 * nothing, so that the tests of the progress pages and the back office own their data.
 */
public final class OfficeFixtures {

    private final Applications workflow;
    private final ApplicationQueries queries;

    public OfficeFixtures(ApplicationContext context) {
        this.queries = context.getBean(ApplicationQueries.class);
        this.workflow = workflow(context);
    }

    /** The shared workflow with rules that accept every application of both types. */
    public Applications workflow() {
        return workflow;
    }

    public ApplicationQueries queries() {
        return queries;
    }

    /** A draft for the person, applied for by the account (self when it is their own person). */
    public long draft(long account, YibaoHttpTest.TestPerson person, String region, ApplicationType type, String variant) {
        InsurancePeriod coverage = new InsurancePeriod(region, "390", "1501", InsuranceStatus.NORMAL,
                LocalDate.of(2015, 1, 1), null, null, null);
        Subjects.Subject subject = new Subjects.Subject(person.id(), person.name(), person.idNumber(), SubjectRoute.SELF,
                coverage);
        long id = workflow.createDraft(account, new Applications.Draft(type, variant, subject, "高血压", formJson(type)),
                AuditTrail.Channel.WEB);
        workflow.addMaterial(account, id, "DIAGNOSIS", new Upload("diagnosis.png", "image/png", Multipart.png(),
                Upload.sha256(Multipart.png())));
        workflow.acceptCommitment(account, id, "COMMITMENT", "v1");
        return id;
    }

    /** A form the real type can read, so that the pages describe the fixture as they would a real application. */
    private static String formJson(ApplicationType type) {
        return type == ApplicationType.CHRONIC_DISEASE
                ? org.yibao.service.chronic.ChronicForm.start(org.yibao.service.chronic.ChronicForm.CHRONIC)
                        .withAssessment("M00101", "H13020300001", "心血管内科", "13800000001").json()
                : "{}";
    }

    /** A submitted application (已提交) of the region's queue. */
    public long submitted(long account, YibaoHttpTest.TestPerson person, String region) {
        long id = draft(account, person, region, ApplicationType.CHRONIC_DISEASE, "");
        ApplicationStatus status = workflow.submit(account, id, AuditTrail.Channel.WEB);
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("expected a submitted application, got " + status);
        }
        return id;
    }

    public Application find(long id) {
        return queries.find(id).orElseThrow();
    }

    /** A fresh account whose real-name person is {@code personId}. */
    public static long linkedAccount(JdbcClient jdbc, String phone, long personId) {
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', real_name_at = now() where phone = ?")
                .params(personId, phone).update();
        return jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
    }

    /** Rules that accept everything; only revocation by the applicant differs per type, as for the real ones. */
    static final class PermissiveRules implements ApplicationTypeRules {

        private final ApplicationType type;

        PermissiveRules(ApplicationType type) {
            this.type = type;
        }

        @Override
        public ApplicationType type() {
            return type;
        }

        @Override
        public void checkSubmit(Application application, List<Material> materials, List<String> acceptedCommitments) {
        }

        @Override
        public void approved(Application application) {
        }

        @Override
        public void revoked(Application application) {
        }

        @Override
        public List<FormLine> describe(Application application) {
            return List.of(FormLine.text("office.field.summary", application.summary()));
        }

        @Override
        public boolean revocableByApplicant() {
            return type == ApplicationType.REMOTE_CARE;
        }
    }

    private static Applications workflow(ApplicationContext context) {
        try {
            Constructor<Applications> c = Applications.class.getDeclaredConstructor(JdbcClient.class,
                    ApplicationQueries.class, AutoApprovalRules.class, List.class, ServiceMessageWriter.class,
                    org.yibao.common.PersonAccess.class, AuditTrail.class, Clock.class);
            c.setAccessible(true);
            return c.newInstance(context.getBean(JdbcClient.class), context.getBean(ApplicationQueries.class),
                    context.getBean(AutoApprovalRules.class),
                    List.of(new PermissiveRules(ApplicationType.CHRONIC_DISEASE),
                            new PermissiveRules(ApplicationType.REMOTE_CARE)),
                    context.getBean(ServiceMessageWriter.class), context.getBean(org.yibao.common.PersonAccess.class),
                    context.getBean(AuditTrail.class),
                    context.getBean(Clock.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
