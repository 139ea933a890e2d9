package org.yibao.service.remote;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.service.Subjects;
import org.yibao.support.YibaoHttpTest;

/** Fresh insured persons and filled 备案 forms for the remote-care tests; each test owns its persons. */
abstract class RemoteCareTestSupport extends YibaoHttpTest {

    @Autowired
    protected Subjects subjects;

    @Autowired
    protected RemoteCareApplying applying;

    @Autowired
    protected RemoteCareForms forms;

    protected LocalDate today() {
        return forms.today();
    }

    protected static RemoteCareForm form(String kind, String category, String province, String city, LocalDate start) {
        return new RemoteCareForm(kind, category, province, city, start.toString(), "13912345678", "联系人",
                "13912345679", "广州市天河区示范路1号", null);
    }

    protected static RemoteCareForm temporary(String province, String city, LocalDate start) {
        return form("TEMPORARY", "OTHER_TEMPORARY", province, city, start);
    }

    protected static RemoteCareForm longTerm(String province, String city, LocalDate start) {
        return form("LONG_TERM", "LONG_TERM_RESIDENT", province, city, start);
    }

    /** Files for the person in one go, the way the API does, with a made-up applicant account. */
    protected long file(TestPerson p, RemoteCareForm form) {
        Subjects.Subject s = subjects.previouslyVerified(p.id());
        return applying.fileAtOnce(accountFor(p), s, form, p.name(), AuditTrail.Channel.API);
    }

    protected long accountFor(TestPerson p) {
        return 900_000_000L + p.id();
    }

    protected String status(long applicationId) {
        return jdbc.sql("select status from service_application where id = ?").param(applicationId)
                .query(String.class).single();
    }

    protected int applicationsOf(long personId) {
        return jdbc.sql("select count(*) from service_application where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    /** A logged-in citizen whose account is real-name linked to the person; answers the API token. */
    protected String citizenOf(TestPerson p) {
        return login(phoneOf(p), "Secret2025");
    }

    /** Registers an account (password Secret2025) real-name linked to the person; answers its phone. */
    protected String phoneOf(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        return phone;
    }

    protected static Map<String, Object> body(String kind, String category, String province, String city,
                                              LocalDate start, String signature) {
        return Map.ofEntries(Map.entry("kind", kind), Map.entry("category", category),
                Map.entry("provinceCode", province), Map.entry("cityCode", city),
                Map.entry("startDate", start.toString()), Map.entry("phone", "13912345678"),
                Map.entry("contactName", "联系人"), Map.entry("contactPhone", "13912345679"),
                Map.entry("contactAddress", "示范路1号"), Map.entry("noticeRead", true),
                Map.entry("commitmentAccepted", true), Map.entry("signature", signature));
    }
}
