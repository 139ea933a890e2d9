package org.yibao.identity;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.identity.internal.Passwords;
import org.yibao.identity.internal.Sessions;

/**
 * 人员管理: the administrator's commands on staff users — create a clerk (one region), an administrator or a
 * cashier (one institution), disable and enable, reset a password. Passwords follow the account password rule and
 * are hashed like every other; each command is audited.
 */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PoolingRegions regions;
    private final Institutions institutions;
    private final Sessions sessions;
    private final AuditTrail audit;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder, PoolingRegions regions, Institutions institutions,
                  Sessions sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.regions = regions;
        this.institutions = institutions;
        this.audit = audit;
    }

    /** One staff user as the administrator sees it; never the password hash. */
    public record StaffAccount(long id, String login, String displayName, StaffRole role, @Nullable String regionCode,
                               @Nullable String institutionCode, boolean enabled) {
    }

    /** A new staff user as typed in; {@code regionCode} for clerks, {@code institutionCode} for cashiers. */
    public record NewStaff(String login, String displayName, String role, String regionCode, String institutionCode,
                           String password) {
    }

    public List<StaffAccount> all() {
        return jdbc.sql("""
                select id, login, display_name, role, region_code, institution_code, enabled from identity_staff
                order by role, region_code nulls first, login""").query(StaffAccounts::row).list();
    }

    public Optional<StaffAccount> find(long id) {
        return jdbc.sql("""
                select id, login, display_name, role, region_code, institution_code, enabled from identity_staff
                where id = ?""").param(id).query(StaffAccounts::row).optional();
    }

    @Transactional
    public long create(String adminLogin, NewStaff form) {
        InputErrors errors = new InputErrors();
        String login = errors.text("login", form.login(), 32);
        if (!login.isEmpty() && !login.matches("[A-Za-z0-9_-]{3,32}")) {
            errors.reject("login", "STAFF_LOGIN_FORMAT");
        }
        String name = errors.text("displayName", form.displayName(), 30);
        StaffRole role = null;
        for (StaffRole r : StaffRole.values()) {
            if (r.name().equals(form.role())) {
                role = r;
            }
        }
        String region = null;
        String institution = null;
        if (role == null) {
            errors.reject("role", "STAFF_ROLE_REQUIRED");
        } else if (role == StaffRole.CLERK) {
            region = form.regionCode() == null ? "" : form.regionCode().strip();
            if (regions.find(region).isEmpty()) {
                errors.reject("regionCode", "STAFF_REGION_REQUIRED");
            }
        } else if (role == StaffRole.CASHIER) {
            institution = form.institutionCode() == null ? "" : form.institutionCode().strip();
            if (institutions.find(institution).isEmpty()) {
                errors.reject("institutionCode", "STAFF_INSTITUTION_REQUIRED");
            }
        }
        Passwords.check(errors, "password", form.password(), null, null);
        errors.throwIfAny();
        if (jdbc.sql("select count(*) from identity_staff where lower(login) = lower(?)").param(login)
                .query(Integer.class).single() > 0) {
            throw BusinessException.invalid("login", "STAFF_LOGIN_TAKEN");
        }
        long id = jdbc.sql("""
                insert into identity_staff (login, password_hash, display_name, role, region_code, institution_code)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(login, encoder.encode(form.password()), name, role.name(), region, institution)
                .query(Long.class).single();
        audit.record(actor(adminLogin), "staff:" + login, "STAFF_CREATED", AuditTrail.Channel.STAFF,
                role.name() + (region != null ? ":" + region : institution != null ? ":" + institution : ""));
        return id;
    }

    /** Disables or enables a staff user; administrators cannot lock themselves out. */
    @Transactional
    public void setEnabled(String adminLogin, long id, boolean enabled) {
        StaffAccount staff = existing(id);
        if (!enabled && staff.login().equals(adminLogin)) {
            throw new BusinessException(Problem.CONFLICT, "STAFF_NOT_SELF");
        }
        jdbc.sql("update identity_staff set enabled = ? where id = ?").params(enabled, id).update();
        if (!enabled) {
            sessions.endStaff(staff.login());
        }
        audit.record(actor(adminLogin), "staff:" + staff.login(), enabled ? "STAFF_ENABLED" : "STAFF_DISABLED",
                AuditTrail.Channel.STAFF, null);
    }

    /** Sets a new initial password, which the staff member receives from the administrator. */
    @Transactional
    public void resetPassword(String adminLogin, long id, String password) {
        StaffAccount staff = existing(id);
        InputErrors errors = new InputErrors();
        Passwords.check(errors, "password", password, null, null);
        errors.throwIfAny();
        jdbc.sql("update identity_staff set password_hash = ? where id = ?").params(encoder.encode(password), id).update();
        sessions.endStaff(staff.login());
        audit.record(actor(adminLogin), "staff:" + staff.login(), "STAFF_PASSWORD_RESET", AuditTrail.Channel.STAFF, null);
    }

    private StaffAccount existing(long id) {
        return find(id).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "STAFF_NOT_FOUND"));
    }

    private static String actor(String adminLogin) {
        return "staff:" + adminLogin;
    }

    private static StaffAccount row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("login"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), rs.getString("region_code"), rs.getString("institution_code"),
                rs.getBoolean("enabled"));
    }
}
