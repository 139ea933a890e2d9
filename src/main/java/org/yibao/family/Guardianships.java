package org.yibao.family;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;
import org.yibao.common.Problem;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * What the bindings made without the child's face share: the typed child resolved without telling the binder
 * whether the number is insured or the name matches, at most {@value #MAX_GUARDIANS} guardians per child, the
 * guardianship check, and the 站内消息 to those already bound when somebody else files a binding.
 */
@Component
class Guardianships {

    /** 监护人: a child is bound without face by at most two accounts at a time. */
    static final int MAX_GUARDIANS = 2;
    private static final String ACTIVE_BINDERS = """
            select owner_account as binder, face_verified = false as guardian from family_account_member
             where member_person = ? and status = 'ACTIVE'
            union all
            select proxy_account, route = 'NO_ID_CARD' from family_proxy_member where member_person = ? and status = 'ACTIVE'""";

    private final JdbcClient jdbc;
    private final InsuredPersons persons;
    private final ObjectProvider<GuardianshipCheck> check;
    private final FamilyMessages messages;

    Guardianships(JdbcClient jdbc, InsuredPersons persons, ObjectProvider<GuardianshipCheck> check,
                  FamilyMessages messages) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.check = check;
        this.messages = messages;
    }

    /** The typed child; {@code person} only when the number is insured and the name matches it. */
    record Child(MemberLookup.Typed typed, @Nullable InsuredPerson person, String regionCode) {

        String maskedName() {
            return Masking.name(typed.name());
        }
    }

    Child resolve(MemberLookup.Typed typed) {
        InsuredPerson p = persons.findByIdNumber(typed.idNumber()).filter(x -> x.name().equals(typed.name())).orElse(null);
        return new Child(typed, p, region(typed.idNumber(), p));
    }

    /** The pooling region whose agency reviews: where the child is insured, else the city of the ID number. */
    private String region(IdNumber idNumber, @Nullable InsuredPerson p) {
        List<InsurancePeriod> periods = p == null ? List.of() : persons.periods(p.id());
        return periods.isEmpty() ? idNumber.value().substring(0, 4) + "00" : periods.get(0).regionCode();
    }

    /**
     * Refuses a second filing of the same number by the account while the first waits, whatever the number is, and a
     * binding of a child the account has bound already.
     */
    void requireNew(BindingKind kind, long accountId, Child child, String duplicateCode) {
        long waiting = jdbc.sql("select count(*) from " + kind.table + " where " + kind.binderColumn
                        + " = ? and status = 'REVIEW' and member_id_number = ?")
                .params(accountId, child.typed().idNumber().value()).query(Long.class).single();
        if (waiting > 0) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_REVIEW_DUPLICATE");
        }
        if (child.person() != null && jdbc.sql("select count(*) from " + kind.table + " where " + kind.binderColumn
                        + " = ? and member_person = ? and status = 'ACTIVE'")
                .params(accountId, child.person().id()).query(Long.class).single() > 0) {
            throw new BusinessException(Problem.CONFLICT, duplicateCode);
        }
    }

    /**
     * Serializes the bindings of one child until the transaction ends, then refuses when two other accounts are
     * bound to it as guardians already.
     */
    void requireGuardianRoom(long childPersonId, long accountId) {
        jdbc.sql("select pg_advisory_xact_lock(41, ?)").param((int) childPersonId).query((rs, n) -> 1).list();
        long others = jdbc.sql("select count(distinct binder) from (" + ACTIVE_BINDERS + ") b where guardian and binder <> ?")
                .params(childPersonId, childPersonId, accountId).query(Long.class).single();
        if (others >= MAX_GUARDIANS) {
            throw new BusinessException(Problem.CONFLICT, "FAMILY_GUARDIAN_LIMIT", MAX_GUARDIANS);
        }
    }

    /** True when a guardianship check is present and confirms the binder as the child's guardian. */
    boolean confirmed(long guardianPersonId, Child child) {
        GuardianshipCheck c = check.getIfAvailable();
        return child.person() != null && c != null && c.confirms(guardianPersonId, child.person().id());
    }

    /** Tells every other account bound to the child that {@code accountId} filed a binding of them. */
    void tellExistingBinders(long childPersonId, long accountId, String maskedName) {
        List<Long> binders = jdbc.sql("select distinct binder from (" + ACTIVE_BINDERS + ") b where binder <> ? order by 1")
                .params(childPersonId, childPersonId, accountId).query(Long.class).list();
        binders.forEach(b -> messages.tell(b, FamilyMessages.Kind.GUARDIAN_NEW_BINDER, maskedName, null, null));
    }
}
