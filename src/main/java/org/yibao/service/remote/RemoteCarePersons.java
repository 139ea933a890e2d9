package org.yibao.service.remote;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.identity.CitizenAccounts;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.SubjectRoute;
import org.yibao.service.Subjects;

/**
 * 备案人管理 (seed 000): whom an account files for: its own person, its 亲情代办 members (seed 003), and the
 * persons it added with 新增备案人 after verifying them by their 医保电子凭证 password, remembered so that they
 * stay listed.
 */
@Service
public class RemoteCarePersons {

    private final JdbcClient jdbc;
    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final PersonAccess access;
    private final Subjects subjects;
    private final AuditTrail audit;
    private final Clock clock;

    RemoteCarePersons(JdbcClient jdbc, CitizenAccounts accounts, InsuredPersons persons, PersonAccess access,
                      Subjects subjects, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.persons = persons;
        this.access = access;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    /** One person the account may file for, and by which right. */
    public record Filer(long personId, String maskedName, String maskedIdNumber, SubjectRoute route) {
    }

    /** Self first, then 亲情代办 members, then persons added by 新增备案人; each once. */
    public List<Filer> filers(long accountId) {
        List<Filer> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        accounts.find(accountId).map(a -> a.personId()).ifPresent(p -> add(out, seen, p, SubjectRoute.SELF));
        access.personsFor(accountId, PersonAccess.Action.REMOTE_CARE).forEach(p -> add(out, seen, p, SubjectRoute.PROXY));
        added(accountId).forEach(p -> add(out, seen, p, SubjectRoute.VERIFIED));
        return out;
    }

    /** The person ids of {@link #filers}. */
    public List<Long> personIds(long accountId) {
        return filers(accountId).stream().map(Filer::personId).toList();
    }

    /**
     * 新增备案人: verifies the person by ID number, phone and e-voucher password (outside any transaction: the tries
     * it counts must stay counted), and remembers them.
     */
    public Subjects.Subject add(long accountId, String idNumber, String phone, String evoucherPassword,
                                AuditTrail.Channel channel) {
        Subjects.Subject s = subjects.verified(accountId, idNumber, phone, evoucherPassword);
        jdbc.sql("""
                insert into service_remote_person (account_id, person_id, added_at) values (?, ?, ?)
                on conflict (account_id, person_id) do nothing""")
                .params(accountId, s.personId(), OffsetDateTime.now(clock)).update();
        audit.record("account:" + accountId, "person:" + s.personId(), "REMOTE_CARE_PERSON_ADDED", channel, null);
        return s;
    }

    /** The person as an application subject, by the strongest right the account holds; refuses anyone else. */
    public Subjects.Subject subject(long accountId, long personId, AuditTrail.Channel channel) {
        if (access.may(accountId, PersonAccess.Action.REMOTE_CARE, personId)) {
            return subjects.forPerson(accountId, personId, PersonAccess.Action.REMOTE_CARE, channel);
        }
        if (added(accountId).contains(personId)) {
            return subjects.previouslyVerified(personId);
        }
        throw new BusinessException(Problem.NOT_FOUND, "REMOTE_PERSON_NOT_LISTED");
    }

    /** The phone to prefill: the person's own, else the applicant account's (an elderly member may have none). */
    public String phoneOf(long accountId, long personId) {
        String own = persons.find(personId).map(InsuredPerson::phone).orElse(null);
        if (own != null && !own.isBlank()) {
            return own;
        }
        return accounts.find(accountId).map(a -> a.phone()).orElse("");
    }

    /** The name the account's own person signs with, if verified. */
    public String ownName(long accountId) {
        return accounts.find(accountId).map(a -> a.personId()).flatMap(p -> p == null ? java.util.Optional.empty()
                : persons.find(p)).map(InsuredPerson::name).orElse("");
    }

    private List<Long> added(long accountId) {
        return jdbc.sql("select person_id from service_remote_person where account_id = ? order by added_at")
                .param(accountId).query(Long.class).list();
    }

    private void add(List<Filer> out, Set<Long> seen, Long personId, SubjectRoute route) {
        if (personId == null || !seen.add(personId)) {
            return;
        }
        persons.find(personId).ifPresent(p -> out.add(new Filer(p.id(), p.maskedName(), p.idNumber().masked(), route)));
    }
}
