package org.yibao.identity.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.InputErrors;
import org.yibao.identity.StaffPrincipal;
import org.yibao.identity.StaffRole;

/** Login of agency clerks, administrators and institution cashiers, with the same lockout as citizens. */
@Service
public class StaffLogins {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final String dummyHash;

    StaffLogins(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = encoder.encode("no-such-staff-0");
    }

    @Transactional
    public StaffPrincipal authenticate(String login, String password) {
        InputErrors errors = new InputErrors();
        String name = errors.text("username", login, 32);
        if (password == null || password.isEmpty()) {
            errors.reject("password", "REQUIRED");
        }
        errors.throwIfAny();
        Optional<Staff> staff = jdbc.sql("""
                select id, login, display_name, role, region_code, institution_code, password_hash
                from identity_staff where login = ? and enabled""")
                .param(name).query(Staff.class).optional();
        String subject = "staff:" + name;
        throttle.checkNotLocked(subject);
        boolean matches = encoder.matches(password, staff.map(Staff::passwordHash).orElse(dummyHash));
        if (staff.isEmpty() || !matches) {
            throw throttle.failed(subject, "password");
        }
        throttle.succeeded(subject);
        Staff s = staff.get();
        audit.record(subject, null, "STAFF_LOGIN", AuditTrail.Channel.STAFF, null);
        return new StaffPrincipal(s.id(), s.login(), s.displayName(), StaffRole.valueOf(s.role()), s.regionCode(),
                s.institutionCode());
    }

    private record Staff(long id, String login, String displayName, String role, @Nullable String regionCode,
                         @Nullable String institutionCode, String passwordHash) {
    }
}
