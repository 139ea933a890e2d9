package org.yibao.insured.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.insured.ResidentCategory;
import org.yibao.insured.ResidentEnrollments;

/**
 * 参保登记代办 (seed 003 §三): a 亲情代办 proxy enrolls a bound member, also a child bound before being insured. The
 * binding must grant {@link PersonAccess.Action#ENROLL}; the member's name and ID number come from the binding, never
 * from the form, and the enrollment is 代办 (an approval never links the proxy's account to the member).
 */
@Component
class ProxyEnrollment {

    private final PersonAccess access;
    private final Clock clock;

    ProxyEnrollment(PersonAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The bound member; a binding of another account, ended or not granting ENROLL answers NOT_FOUND. */
    PersonAccess.Member member(long accountId, long bindingId) {
        return access.proxyMembersFor(accountId, PersonAccess.Action.ENROLL).stream()
                .filter(m -> m.bindingId() == bindingId).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ENROLL_MEMBER_NOT_FOUND"));
    }

    /** A new form for the member: the binding's name and number, the category their age admits, 是否代办 yes. */
    ResidentEnrollments.Form newForm(PersonAccess.Member m) {
        LocalDate today = BusinessTime.today(clock);
        IdNumber id = new IdNumber(m.idNumber());
        ResidentCategory category = ResidentCategory.STUDENT_CHILD.admits(id, today) ? ResidentCategory.STUDENT_CHILD
                : ResidentCategory.ADULT.admits(id, today) ? ResidentCategory.ADULT : ResidentCategory.ELDER;
        return new ResidentEnrollments.Form("", m.name(), m.idNumber(), "", category.name(), false);
    }

    /** What the proxy typed, with the member's name and number from the binding and 是否代办 yes. */
    static ResidentEnrollments.Form forMember(ResidentEnrollments.Form typed, PersonAccess.Member m) {
        return new ResidentEnrollments.Form(typed.regionCode(), m.name(), m.idNumber(), typed.phone(), typed.category(),
                false);
    }
}
