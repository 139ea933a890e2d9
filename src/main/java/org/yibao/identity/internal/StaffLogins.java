package org.yibao.identity.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.yibao.common.AuditTrail;
import org.yibao.common.HashingGate;
import org.yibao.common.InputErrors;
import org.yibao.identity.StaffPrincipal;
import org.yibao.identity.StaffRole;

/** Login of agency clerks, administrators and institution cashiers, with a lockout per login and client address. */
@Service
public class StaffLogins {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final ClientThrottle clients;
    private final HashingGate gate;
    private final String dummyHash;

    StaffLogins(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit,
                ClientThrottle clients, HashingGate gate) {
        this.clients = clients;
        this.gate = gate;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = encoder.encode("no-such-staff-0");
    }

    /**
     * Checks a staff login from a client address. Logins are throttled per address first; wrong passwords lock the
     * login only for the address they came from, so that nobody elsewhere can lock a clerk out at will. No
     * transaction: nothing is held while the password is hashed.
     */
    public StaffPrincipal authenticate(String login, String password, String clientAddress) {
        InputErrors errors = new InputErrors();
        String name = errors.text("username", login, 32);
        if (password == null || password.isEmpty()) {
            errors.reject("password", "REQUIRED");
        } else if (Passwords.tooLong(password)) {
            errors.reject("password", "TOO_LONG", Passwords.MAX);
        }
        errors.throwIfAny();
        clients.login(clientAddress);
        Optional<Staff> staff = jdbc.sql("""
                select id, login, display_name, role, region_code, institution_code, password_hash
                from identity_staff where login = ? and enabled""")
                .param(name).query(Staff.class).optional();
        String subject = "staff:" + Hashes.sha256(name + '|' + clientAddress);
        LoginThrottle.Attempt attempt;
        boolean matches;
        try (HashingGate.Permit permit = gate.enter()) {
            attempt = throttle.take(subject);
            matches = encoder.matches(password, staff.map(Staff::passwordHash).orElse(dummyHash));
        }
        if (staff.isEmpty() || !matches) {
            throw throttle.failed(attempt, "password");
        }
        throttle.succeeded(attempt);
        Staff s = staff.get();
        audit.record("staff:" + name, null, "STAFF_LOGIN", AuditTrail.Channel.STAFF, null);
        return new StaffPrincipal(s.id(), s.login(), s.displayName(), StaffRole.valueOf(s.role()), s.regionCode(),
                s.institutionCode());
    }

    private record Staff(long id, String login, String displayName, String role, @Nullable String regionCode,
                         @Nullable String institutionCode, String passwordHash) {
    }
}
