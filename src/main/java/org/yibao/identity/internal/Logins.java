package org.yibao.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.yibao.common.AuditTrail;
import org.yibao.common.HashingGate;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.insured.InsuredPersons;

/**
 * Citizen login with phone number or ID number (the latter once real-name verified) and password. Unknown
 * names, wrong passwords and locks answer with the same texts and in about the same time for every name.
 * Logins are throttled per client address and overall before any account is looked at.
 */
@Service
public class Logins {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AccessTokens tokens;
    private final AuditTrail audit;
    private final InsuredPersons persons;
    private final ClientThrottle clients;
    private final HashingGate gate;
    private final String dummyHash;

    Logins(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle, AccessTokens tokens, AuditTrail audit,
           InsuredPersons persons, ClientThrottle clients, HashingGate gate) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.gate = gate;
        this.persons = persons;
        this.encoder = encoder;
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        this.dummyHash = encoder.encode("no-such-account-0");
    }

    /**
     * Checks the credentials and answers the account id; refuses with LOGIN_FAILED, LOGIN_LOCKED or, for too many
     * logins from the address or overall, LOGIN_TOO_FREQUENT. Runs outside any transaction: each statement
     * borrows a connection for itself, and none is held while the password is hashed.
     */
    public long authenticate(String username, String password, AuditTrail.Channel channel, String clientAddress) {
        InputErrors errors = new InputErrors();
        String name = errors.text("username", username, 18);
        if (password == null || password.isEmpty()) {
            errors.reject("password", "REQUIRED");
        } else if (Passwords.tooLong(password)) {
            errors.reject("password", "TOO_LONG", Passwords.MAX);
        }
        errors.throwIfAny();
        clients.login(clientAddress);
        Optional<Account> account = findAccount(name);
        String subject = account.map(a -> "account:" + a.id())
                .orElseGet(() -> "name:" + Hashes.sha256(name.toUpperCase(Locale.ROOT)));
        LoginThrottle.Attempt attempt;
        boolean matches;
        try (HashingGate.Permit permit = gate.enter()) {
            attempt = throttle.take(subject);
            // unknown names cost the same hash as known ones
            matches = encoder.matches(password, account.map(Account::passwordHash).orElse(dummyHash));
        }
        if (account.isEmpty() || !matches) {
            throw throttle.failed(attempt, "password");
        }
        throttle.succeeded(attempt);
        audit.record("account:" + account.get().id(), null, "LOGIN", channel, null);
        return account.get().id();
    }

    /** Login for app clients: a bearer token. */
    public AccessTokens.Issued issueToken(String username, String password, String clientAddress) {
        long accountId = authenticate(username, password, AuditTrail.Channel.API, clientAddress);
        return tokens.issue(accountId);
    }

    private Optional<Account> findAccount(String name) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(name);
        if (phone.isPresent()) {
            return jdbc.sql("select id, password_hash from identity_account where phone = ?")
                    .param(phone.get().value()).query(Account.class).optional();
        }
        return IdNumber.parse(name).flatMap(persons::findByIdNumber)
                .flatMap(person -> jdbc.sql("select id, password_hash from identity_account where person_id = ?")
                        .param(person.id()).query(Account.class).optional());
    }

    private record Account(long id, String passwordHash) {
    }
}
