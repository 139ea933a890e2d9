package org.yibao.service;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yibao.common.Allowances;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.HashingGate;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.PersonAccess;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.common.Throttled;
import org.yibao.family.ActingFor;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.EvoucherPasswordCheck;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * Whom an application is for, and by what right: the applicant's own person, a 亲情代办 member (the family
 * module's answer), or another person who proves consent with their 医保电子凭证 password (seed 000: 为他人申报
 * / 新增备案人). The person must be insured with a normal status; the pooling region of that relationship
 * decides the application.
 */
@Service
public class Subjects {

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final ActingFor actingFor;
    static final int TRIES_PER_REQUESTER = 5;
    static final int TRIES_PER_PERSON = 10;
    private static final Duration DAY = Duration.ofDays(1);

    private final EvoucherPasswordCheck passwords;
    private final Allowances allowances;
    private final HashingGate gate;

    Subjects(CitizenAccounts accounts, InsuredPersons persons, ActingFor actingFor, EvoucherPasswordCheck passwords,
             Allowances allowances, HashingGate gate) {
        this.allowances = allowances;
        this.gate = gate;
        this.accounts = accounts;
        this.persons = persons;
        this.actingFor = actingFor;
        this.passwords = passwords;
    }

    /** The person an application is for, with the insurance relationship that places it in a region. */
    public record Subject(long personId, String name, String idNumber, SubjectRoute route, InsurancePeriod coverage) {

        public String regionCode() {
            return coverage.regionCode();
        }

        @Override
        public String toString() {
            return "Subject[" + personId + ", " + route + "]";
        }
    }

    /** The applicant's own verified person; refuses when the account has no real-name person yet. */
    public Subject self(long accountId) {
        long personId = accounts.find(accountId).map(a -> a.personId())
                .orElseThrow(() -> new BusinessException(Problem.FORBIDDEN, "SERVICE_REAL_NAME_REQUIRED"));
        return subject(personId, SubjectRoute.SELF);
    }

    /** The applicant's own person, or a member the applicant may act for with {@code action}. */
    public Subject forPerson(long accountId, long personId, PersonAccess.Action action, AuditTrail.Channel channel) {
        Optional<Long> own = accounts.find(accountId).map(a -> a.personId());
        if (own.isPresent() && own.get() == personId) {
            return subject(personId, SubjectRoute.SELF);
        }
        actingFor.check(accountId, action, personId, channel);
        return subject(personId, SubjectRoute.PROXY);
    }

    /**
     * Another person, identified by ID number and phone and verified by their e-voucher password. The phone is
     * checked first, so that the password is compared only for someone who knows both. Tries are counted per
     * requester and person ({@value #TRIES_PER_REQUESTER} a day) and per person from everyone together
     * ({@value #TRIES_PER_PERSON} a day), before the comparison; they never count against the person's own
     * e-voucher, which nobody else can lock.
     */
    public Subject verified(long requesterAccountId, String idNumber, String phone, String evoucherPassword) {
        InputErrors errors = new InputErrors();
        IdNumber id = errors.idNumber("otherIdNumber", idNumber);
        PhoneNumber checkedPhone = errors.phone("otherPhone", phone);
        if (evoucherPassword == null || !evoucherPassword.matches("\\d{6}")) {
            errors.reject("otherPassword", "SERVICE_OTHER_PASSWORD_FORMAT");
        }
        errors.throwIfAny();
        InsuredPerson person = persons.findByIdNumber(id)
                .orElseThrow(() -> BusinessException.invalid("otherIdNumber", "SERVICE_OTHER_NOT_INSURED"));
        if (person.phone() != null && !person.phone().isBlank() && !person.phone().equals(checkedPhone.value())) {
            throw BusinessException.invalid("otherPhone", "SERVICE_OTHER_PHONE_MISMATCH");
        }
        String mine = "evoucher-other:" + requesterAccountId + ":" + person.id();
        String everyone = "evoucher-other:*:" + person.id();
        EvoucherPasswordCheck.Outcome outcome;
        try (HashingGate.Permit permit = gate.enter()) {
            takeTry(mine, TRIES_PER_REQUESTER);
            try {
                takeTry(everyone, TRIES_PER_PERSON);
            } catch (Throttled refused) {
                allowances.giveBack(mine, DAY);
                throw refused;
            }
            outcome = passwords.compare(person.id(), evoucherPassword);
        }
        switch (outcome) {
            case VERIFIED -> {
                allowances.giveBack(mine, DAY);
                allowances.giveBack(everyone, DAY);
            }
            case WRONG -> throw BusinessException.invalid("otherPassword", "SERVICE_OTHER_PASSWORD_WRONG");
            case NOT_ACTIVATED -> throw BusinessException.invalid("otherIdNumber", "SERVICE_OTHER_NOT_ACTIVATED");
            case LOCKED -> throw BusinessException.invalid("otherPassword", "SERVICE_OTHER_PASSWORD_LOCKED");
        }
        return subject(person.id(), SubjectRoute.VERIFIED);
    }

    private void takeTry(String key, int limit) {
        if (allowances.take(key, limit, DAY).isEmpty()) {
            throw new Throttled(allowances.secondsLeft(DAY), "SERVICE_OTHER_TOO_MANY_TRIES", limit);
        }
    }

    /**
     * A person the applicant verified earlier by the person's e-voucher password (seed 000: 新增备案人 stays listed);
     * the caller keeps the record of that verification and asks only for persons found there.
     */
    public Subject previouslyVerified(long personId) {
        return subject(personId, SubjectRoute.VERIFIED);
    }

    private Subject subject(long personId, SubjectRoute route) {
        InsuredPerson person = persons.find(personId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_PERSON_UNKNOWN"));
        InsurancePeriod coverage = persons.periods(personId).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "SERVICE_NOT_INSURED"));
        return new Subject(personId, person.name(), person.idNumber().value(), route, coverage);
    }
}
