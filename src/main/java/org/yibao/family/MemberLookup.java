package org.yibao.family;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.identity.CitizenAccounts;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * What the three bindings share: the account's own verified person, the checks of a typed member (name, ID number,
 * relationship), and the member looked up among the persons Yibao insures, with the name matching the number.
 */
@Component
class MemberLookup {

    /** Age from which a member must prove presence by face (seeds 003, 004 §03: 16 周岁). */
    static final int FACE_AGE = 16;

    private final InsuredPersons persons;
    private final CitizenAccounts accounts;
    private final Clock clock;

    MemberLookup(InsuredPersons persons, CitizenAccounts accounts, Clock clock) {
        this.persons = persons;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Typed(String name, IdNumber idNumber, Relationship relationship) {
    }

    /** The account's verified person; binding needs real-name verification first. */
    InsuredPerson owner(long accountId) {
        return accounts.find(accountId).map(a -> a.personId()).flatMap(persons::find)
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED"));
    }

    /** Checks the typed fields into {@code errors}; null when any of them is wrong. */
    Typed typed(InputErrors errors, MemberForm form) {
        String name = errors.text("name", form.name(), 30);
        if (!errors.has("name") && !name.matches("[\\p{IsHan}·•]{2,30}")) {
            errors.reject("name", "NAME_INVALID");
        }
        IdNumber id = errors.idNumber("idNumber", form.idNumber());
        Relationship relationship = Relationship.parse(form.relationship()).orElse(null);
        if (relationship == null) {
            errors.reject("relationship", "FAMILY_RELATIONSHIP_REQUIRED");
        }
        return errors.has("name") || id == null || relationship == null ? null : new Typed(name, id, relationship);
    }

    /**
     * The insured person with that number whose name matches; refuses with {@code unknownCode} when Yibao does not
     * know the number, so that a stranger's name is never revealed by a wrong guess.
     */
    InsuredPerson member(Typed typed, String unknownCode, long ownerPersonId) {
        InsuredPerson p = persons.findByIdNumber(typed.idNumber())
                .orElseThrow(() -> BusinessException.invalid("idNumber", unknownCode));
        if (!p.name().equals(typed.name())) {
            throw BusinessException.invalid("name", "FAMILY_NAME_MISMATCH");
        }
        if (p.id() == ownerPersonId) {
            throw BusinessException.invalid("idNumber", "FAMILY_SELF");
        }
        return p;
    }

    boolean needsFace(IdNumber idNumber) {
        return idNumber.ageOn(today()) >= FACE_AGE;
    }

    LocalDate today() {
        return BusinessTime.today(clock);
    }
}
