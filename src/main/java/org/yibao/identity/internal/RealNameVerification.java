package org.yibao.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.Allowances;
import org.yibao.common.AuditTrail;
import org.yibao.common.HashingGate;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.identity.EvoucherPasswordCheck;
import org.yibao.identity.RealNameMethod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.insured.SocialSecurityCards;

/**
 * 实名认证: links an account to exactly one insured person, proven by the person's e-voucher password or by
 * their social security card and card password. Five tries a day per account (a try is taken before the password
 * is compared; a success links the account), then it waits for tomorrow.
 */
@Service
public class RealNameVerification {

    static final int DAILY_FAILURES = 5;
    private static final Duration DAY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final InsuredPersons persons;
    private final SocialSecurityCards cards;
    private final EvoucherPasswordCheck evouchers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Allowances allowances;
    private final HashingGate gate;

    RealNameVerification(JdbcClient jdbc, InsuredPersons persons, SocialSecurityCards cards,
                         EvoucherPasswordCheck evouchers, AuditTrail audit, Clock clock,
                         PlatformTransactionManager tx, Allowances allowances, HashingGate gate) {
        this.allowances = allowances;
        this.gate = gate;
        this.jdbc = jdbc;
        this.persons = persons;
        this.cards = cards;
        this.evouchers = evouchers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(tx);
    }

    /** What the citizen typed. Only the fields of the chosen method are read. */
    public record Request(String method, String name, String idNumber, String evoucherPassword, String cardNumber,
                          String cardPassword) {
    }

    /** Checks the form, proves the person (outside any transaction), then links them to the account. */
    public long verify(long accountId, Request r, AuditTrail.Channel channel) {
        InputErrors errors = new InputErrors();
        RealNameMethod method = method(errors, r.method());
        String name = errors.text("name", r.name(), 30);
        if (!errors.has("name") && !name.matches("[\\p{IsHan}·•]{2,30}")) {
            errors.reject("name", "NAME_INVALID");
        }
        IdNumber id = errors.idNumber("idNumber", r.idNumber());
        if (method == RealNameMethod.EVOUCHER) {
            sixDigits(errors, "evoucherPassword", r.evoucherPassword());
        } else if (method == RealNameMethod.SOCIAL_CARD) {
            String card = errors.text("cardNumber", r.cardNumber(), 12);
            if (!errors.has("cardNumber") && !card.toUpperCase(Locale.ROOT).matches("[A-Z0-9]{6,12}")) {
                errors.reject("cardNumber", "CARD_NUMBER_INVALID");
            }
            sixDigits(errors, "cardPassword", r.cardPassword());
        }
        errors.throwIfAny();

        if (jdbc.sql("select person_id is not null from identity_account where id = ?").param(accountId)
                .query(Boolean.class).single()) {
            throw new BusinessException(Problem.CONFLICT, "REAL_NAME_DONE");
        }
        long personId = proven(accountId, method, name, id, r);
        return link(accountId, personId, method, channel);
    }

    /**
     * Takes one of the day's tries, then compares: no more than {@value #DAILY_FAILURES} tries a day are ever
     * compared, whatever the concurrency. No transaction and no connection is held while hashing.
     */
    private long proven(long accountId, RealNameMethod method, String name, IdNumber id, Request r) {
        String key = "real-name:" + accountId;
        try (HashingGate.Permit permit = gate.enter()) {
            int tried = allowances.take(key, DAILY_FAILURES, DAY)
                    .orElseThrow(() -> new BusinessException(Problem.TOO_MANY_REQUESTS, "REAL_NAME_TOO_MANY", DAILY_FAILURES));
            Optional<InsuredPerson> person = persons.findByIdNumber(id).filter(p -> p.name().equals(name));
            if (person.isEmpty()) {
                throw refused(accountId, tried);
            }
            long personId = person.get().id();
            if (method == RealNameMethod.EVOUCHER) {
                switch (evouchers.verify(personId, r.evoucherPassword())) {
                    case VERIFIED -> { }
                    case NOT_ACTIVATED -> {
                        allowances.giveBack(key, DAY);
                        throw new BusinessException(Problem.INVALID, "EVOUCHER_NOT_ACTIVATED");
                    }
                    case LOCKED -> {
                        attempt(accountId, false);
                        throw new BusinessException(Problem.LOCKED, "EVOUCHER_LOCKED");
                    }
                    case WRONG -> throw refused(accountId, tried);
                }
            } else if (!cards.verify(personId, r.cardNumber(), r.cardPassword())) {
                throw refused(accountId, tried);
            }
            return personId;
        }
    }

    /** The proven person becomes the account's, in one short transaction. */
    private long link(long accountId, long personId, RealNameMethod method, AuditTrail.Channel channel) {
        return Objects.requireNonNull(transactions.execute(s -> {
            try {
                int linked = jdbc.sql("""
                        update identity_account set person_id = ?, real_name_method = ?, real_name_at = ?
                        where id = ? and person_id is null""")
                        .params(personId, method.name(), OffsetDateTime.now(clock), accountId).update();
                if (linked != 1) {
                    throw new BusinessException(Problem.CONFLICT, "REAL_NAME_DONE");
                }
            } catch (DuplicateKeyException e) {
                throw new BusinessException(Problem.CONFLICT, "PERSON_LINKED_ELSEWHERE");
            }
            attempt(accountId, true);
            audit.record("account:" + accountId, "person:" + personId, "REAL_NAME_VERIFIED", channel, method.name());
            return personId;
        }));
    }

    private BusinessException refused(long accountId, int tried) {
        attempt(accountId, false);
        int left = DAILY_FAILURES - tried;
        return left <= 0
                ? new BusinessException(Problem.TOO_MANY_REQUESTS, "REAL_NAME_TOO_MANY", DAILY_FAILURES)
                : new BusinessException(Problem.INVALID, "REAL_NAME_MISMATCH", left);
    }

    /** The record of a try (history; the limit itself is counted in {@link Allowances}). */
    private void attempt(long accountId, boolean succeeded) {
        jdbc.sql("insert into identity_real_name_attempt (account_id, attempted_at, succeeded) values (?, ?, ?)")
                .params(accountId, OffsetDateTime.now(clock), succeeded).update();
    }

    private static RealNameMethod method(InputErrors errors, String text) {
        if (text == null || text.isBlank()) {
            errors.reject("method", "REAL_NAME_METHOD_REQUIRED");
            return null;
        }
        try {
            return RealNameMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject("method", "REAL_NAME_METHOD_REQUIRED");
            return null;
        }
    }

    private static void sixDigits(InputErrors errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            errors.reject(field, "REQUIRED");
        } else if (!value.matches("\\d{6}")) {
            errors.reject(field, "SIX_DIGITS");
        }
    }
}
